// Decision, quota allocation and document endpoints (docs/api.md, "Decisions", "Documents").
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RevocationGround } from '@antq/core'
import { api, withQuery } from '../../api/client'
import type { DecisionView } from './awards-types'
import { awardKeys } from './nominations-api'

const keys = {
  decisions: (query: object) => ['awards', 'decisions', query] as const,
  decision: (id: number) => ['awards', 'decision', id] as const,
}

export function useDecisions(query: { planKey?: string; year?: number }) {
  return useQuery({
    queryKey: keys.decisions(query),
    queryFn: ({ signal }) =>
      api.get<{ items: DecisionView[] }>('/api/decisions', { query, signal }),
  })
}

export function useDecision(id: number) {
  return useQuery({
    queryKey: keys.decision(id),
    queryFn: ({ signal }) => api.get<DecisionView>(`/api/decisions/${id}`, { signal }),
    enabled: id > 0,
  })
}

export type DecisionInput = {
  issuerUnitId: number
  issuerCode: string
  planId: number
  awardFormId: string
  nominationIds: number[]
  meetingId?: number
  date: string
  /** A signer of the issuing body's list; the name and title then come from it. */
  signerKey?: string
  signerName: string
  signerTitle: string
}

export function useCreateDecision() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: DecisionInput) => api.post<DecisionView>('/api/decisions', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: awardKeys.all }),
  })
}

export type RevokeInput = { ground: RevocationGround; reason: string; nominationIds?: number[] }

export function useRevokeDecision(id: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: RevokeInput) =>
      api.post<DecisionView>(`/api/decisions/${id}/revoke`, input),
    onSuccess: (view) => {
      client.setQueryData(keys.decision(id), view)
      void client.invalidateQueries({ queryKey: awardKeys.all })
    },
  })
}

export type AllocationInput = {
  year: number
  awardFormId: string
  fromUnitId: number | null
  toUnitId: number
  count: number
  note: string
  rowVersion?: number
}

export function useAllocateQuota(planId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: AllocationInput) =>
      api.put<{ id: number }>(`/api/plans/${planId}/quotas`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: awardKeys.all }),
  })
}

export type DocumentKind =
  | 'submission-letter'
  | 'award-list'
  | 'council-minutes'
  | 'award-decision'
  | 'award-certificate'
  | 'recognition-certificate'

/** A plain link: the browser downloads the rendered document with the session cookie. */
export function documentUrl(kind: DocumentKind, id: number, format?: 'docx' | 'xlsx' | 'pdf') {
  return withQuery(`/api/documents/${kind}/${id}`, { format })
}
