// Assignment endpoints (docs/api.md, "Assignments"), their types and react-query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AssignmentAction } from '@antq/core'
import type {
  AssignmentDetail,
  AssignmentGeneration,
  AssignmentItem,
  AssignmentList,
  AssignmentScorecard,
} from '@antq/server/types'
import { api, apiFetch } from '../../api/client'

export type { AssignmentDetail, AssignmentItem, AssignmentScorecard }

const KEY = ['assignments'] as const

export function useOwnAssignments(year: number) {
  return useQuery({
    queryKey: [...KEY, 'own', year],
    queryFn: ({ signal }) =>
      api.get<AssignmentList>('/api/assignments', { query: { year }, signal }),
    placeholderData: keepPreviousData,
  })
}

export function useAssignment(id: number | null) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: ({ signal }) => api.get<AssignmentDetail>(`/api/assignments/${id}`, { signal }),
    enabled: id !== null,
  })
}

export function usePlanScorecard(planId: number, year: number) {
  return useQuery({
    queryKey: [...KEY, 'scorecard', planId, year],
    queryFn: ({ signal }) =>
      api.get<AssignmentScorecard>(`/api/plans/${planId}/assignments/scorecard`, {
        query: { year },
        signal,
      }),
    placeholderData: keepPreviousData,
  })
}

export function usePlanAssignments(
  planId: number,
  filter: { year: number; unitId?: number; late: boolean },
) {
  return useQuery({
    queryKey: [...KEY, 'plan', planId, filter],
    queryFn: ({ signal }) =>
      api.get<{ year: number; items: AssignmentItem[] }>(`/api/plans/${planId}/assignments`, {
        query: { year: filter.year, unitId: filter.unitId, late: filter.late || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  })
}

/** Every write refreshes every assignment query (lists, scorecard, the open one). */
function useAssignmentWrite<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  })
}

export function useAssignmentAction(id: number) {
  return useAssignmentWrite((input: { action: AssignmentAction; note?: string }) =>
    api.post<AssignmentDetail>(`/api/assignments/${id}/actions`, input),
  )
}

export function useAddEvidence(id: number) {
  return useAssignmentWrite(async ({ note, file }: { note: string; file: File }) => {
    const body = new FormData()
    body.append('note', note)
    body.append('file', file, file.name)
    const response = await apiFetch(`/api/assignments/${id}/files`, { method: 'POST', body })
    return (await response.json()) as { id: number }
  })
}

export function useGenerateAssignments(planId: number) {
  return useAssignmentWrite((year: number) =>
    api.post<AssignmentGeneration>(`/api/plans/${planId}/assignments/generate`, { year }),
  )
}

export const evidenceUrl = (id: number, fileId: number) => `/api/assignments/${id}/files/${fileId}`
