// Activity log endpoints (/api/units/:id/activities, …/activity-files) and their hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ActivitiesYear } from '@antq/server/types'
import { api, apiFetch } from '../../api/client'

export type { ActivitiesYear }
export type ActivityItem = ActivitiesYear['items'][number]
export type ActivityDraft = {
  heldOn: string
  kind: string
  audience: string
  reached: number | null
  title: string
  areaId: number | null
}

const base = (unitId: number) => `/api/units/${unitId}/activities`
export const evidenceUrl = (unitId: number, fileId: number) =>
  `/api/units/${unitId}/activity-files/${fileId}`

export function useActivities(unitId: number, year: number) {
  return useQuery({
    queryKey: ['activities', unitId, year],
    queryFn: ({ signal }) => api.get<ActivitiesYear>(base(unitId), { query: { year }, signal }),
    enabled: unitId > 0,
    placeholderData: keepPreviousData,
  })
}

/** Upload the evidence first (checked by its content), then record the activity naming it. */
export function useRecordActivity(unitId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async ({ draft, file }: { draft: ActivityDraft; file: File | null }) => {
      let fileId: number | null = null
      if (file) {
        const body = new FormData()
        body.append('file', file)
        const response = await apiFetch(`/api/units/${unitId}/activity-files`, {
          method: 'POST',
          body,
        })
        fileId = ((await response.json()) as { id: number }).id
      }
      return api.post<{ id: number }>(base(unitId), { ...draft, fileId })
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['activities', unitId] }),
  })
}

export function useWithdrawActivity(unitId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      api.post<{ id: number }>(`${base(unitId)}/${id}/withdraw`, { reason }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['activities', unitId] }),
  })
}
