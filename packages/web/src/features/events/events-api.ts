// Events endpoints (/api/plans/:id/events, /api/events/:id) and their react-query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { EventDecisionList, EventDetail, PlanEventOverview } from '@antq/server/types'
import { api, apiFetch } from '../../api/client'

export type { EventDetail, PlanEventOverview }
export type PlanEventItem = PlanEventOverview['events'][number]

const keys = {
  plan: (planId: number, year?: number) => ['events', 'plan', planId, year ?? null] as const,
  event: (id: number) => ['events', 'event', id] as const,
}

export function usePlanEvents(planId: number, year?: number) {
  return useQuery({
    queryKey: keys.plan(planId, year),
    queryFn: ({ signal }) =>
      api.get<PlanEventOverview>(`/api/plans/${planId}/events`, { query: { year }, signal }),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  })
}

export function useEvent(id: number | null) {
  return useQuery({
    queryKey: keys.event(id ?? 0),
    queryFn: ({ signal }) => api.get<EventDetail>(`/api/events/${id}`, { signal }),
    enabled: id !== null,
  })
}

export function useEventDecisions(unitId: number | undefined, year: number) {
  return useQuery({
    queryKey: ['events', 'decisions', unitId, year],
    queryFn: ({ signal }) =>
      api.get<EventDecisionList>('/api/event-decisions', { query: { unitId, year }, signal }),
    enabled: unitId !== undefined,
  })
}

export type RecordEventBody = {
  planEventId: string
  unitId: number
  heldOn: string
  title: string
  place: string
  participants: number
  programme: { part: string; title: string }[]
  models: string[]
  awards: { decisionId: number; note: string | null }[]
  notes: string | null
}

export function useRecordEvent(planId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: RecordEventBody) =>
      api.post<EventDetail>(`/api/plans/${planId}/events`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['events'] }),
  })
}

export type CorrectEventBody = Omit<RecordEventBody, 'planEventId' | 'unitId'> & {
  rowVersion: number
  reason: string
}

export function useCorrectEvent(eventId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CorrectEventBody) => api.patch<EventDetail>(`/api/events/${eventId}`, body),
    onSuccess: (detail) => {
      client.setQueryData(keys.event(eventId), detail)
      return client.invalidateQueries({ queryKey: ['events', 'plan'] })
    },
  })
}

export function useAddEventPhoto(eventId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (file: File) => {
      const body = new FormData()
      body.append('file', file)
      const response = await apiFetch(`/api/events/${eventId}/photos`, { method: 'POST', body })
      return (await response.json()) as EventDetail
    },
    onSuccess: (detail) => client.setQueryData(keys.event(eventId), detail),
  })
}

export const photoUrl = (eventId: number, photoId: number) =>
  `/api/events/${eventId}/photos/${photoId}`
