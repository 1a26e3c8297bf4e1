// Council and meeting endpoints (docs/api.md, "Councils") as react-query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CouncilRole } from '@antq/core'
import { api, isApiError } from '../../api/client'
import type { AgendaItem, CouncilView, MeetingSummary, MeetingView } from './awards-types'
import { awardKeys } from './nominations-api'

const keys = {
  councils: () => ['awards', 'councils'] as const,
  council: (id: number) => ['awards', 'councils', id] as const,
  meetings: (id: number) => ['awards', 'councils', id, 'meetings'] as const,
  meeting: (id: number) => ['awards', 'meetings', id] as const,
  candidates: (id: number) => ['awards', 'meetings', id, 'candidates'] as const,
}

export function useCouncils() {
  return useQuery({
    queryKey: keys.councils(),
    queryFn: ({ signal }) => api.get<{ items: CouncilView[] }>('/api/councils', { signal }),
  })
}

export function useCouncil(id: number) {
  return useQuery({
    queryKey: keys.council(id),
    queryFn: ({ signal }) => api.get<CouncilView>(`/api/councils/${id}`, { signal }),
    enabled: id > 0,
  })
}

export function useCouncilMeetings(id: number) {
  return useQuery({
    queryKey: keys.meetings(id),
    queryFn: ({ signal }) =>
      api.get<{ items: MeetingSummary[] }>(`/api/councils/${id}/meetings`, { signal }),
    enabled: id > 0,
  })
}

export type MemberInput = { name: string; position: string; role: CouncilRole }
export type CouncilInput = {
  issuerUnitId: number
  name: string
  issuerCode: string
  members: MemberInput[]
}

export function useCreateCouncil() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: CouncilInput) => api.post<CouncilView>('/api/councils', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.councils() }),
  })
}

export function useCreateMeeting(councilId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { date: string; place: string }) =>
      api.post<MeetingView>(`/api/councils/${councilId}/meetings`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.meetings(councilId) }),
  })
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: keys.meeting(id),
    queryFn: ({ signal }) => api.get<MeetingView>(`/api/meetings/${id}`, { signal }),
    enabled: id > 0,
  })
}

export function useAgendaCandidates(id: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.candidates(id),
    queryFn: ({ signal }) =>
      api.get<{ items: AgendaItem[] }>(`/api/meetings/${id}/candidates`, { signal }),
    enabled: id > 0 && enabled,
  })
}

/** A meeting write: the fresh meeting goes into the cache; a conflict reloads it. */
function useMeetingWrite<T>(id: number, write: (input: T) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'attendance' in result)
        client.setQueryData(keys.meeting(id), result)
      else void client.invalidateQueries({ queryKey: keys.meeting(id) })
      void client.invalidateQueries({ queryKey: keys.candidates(id) })
      void client.invalidateQueries({ queryKey: awardKeys.nominations() })
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'CONFLICT')
        void client.invalidateQueries({ queryKey: keys.meeting(id) })
    },
  })
}

export function useSetAttendance(id: number) {
  return useMeetingWrite(id, (input: { presentMemberIds: number[]; rowVersion: number }) =>
    api.put<MeetingView>(`/api/meetings/${id}/attendance`, input),
  )
}

export function useSetAgenda(id: number) {
  return useMeetingWrite(id, (input: { nominationIds: number[]; rowVersion: number }) =>
    api.put<MeetingView>(`/api/meetings/${id}/agenda`, input),
  )
}

export type VoteInput = { nominationId: number; votesFor: number; votesAgainst: number }

export function useRecordVote(id: number) {
  return useMeetingWrite(id, (input: VoteInput) =>
    api.post<{ passed: boolean; message: string }>(`/api/meetings/${id}/votes`, input),
  )
}

export function useCloseMeeting(id: number) {
  return useMeetingWrite(id, (input: { rowVersion: number }) =>
    api.post<MeetingView>(`/api/meetings/${id}/close`, input),
  )
}
