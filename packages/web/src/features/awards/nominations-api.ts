// Nomination endpoints (docs/api.md, "Nominations") as react-query hooks. Every write that
// returns the nomination puts it straight into the cache, so the page shows the server's
// verdict (eligibility, dossier, quota) after each change.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { NominationAction } from '@antq/core'
import { api, isApiError } from '../../api/client'
import type { FormQuota, NominationDetail, NominationList } from './awards-types'

export const awardKeys = {
  all: ['awards'] as const,
  nominations: () => ['awards', 'nominations'] as const,
  list: (query: object) => ['awards', 'nominations', 'list', query] as const,
  nomination: (id: number) => ['awards', 'nominations', 'one', id] as const,
  quotas: (planId: number, year: number) => ['awards', 'quotas', planId, year] as const,
}

export type NominationQuery = {
  planId?: number
  year?: number
  unitId?: number
  status?: string
  awardFormId?: string
  page?: number
  pageSize?: number
}

export function useNominations(query: NominationQuery, enabled = true) {
  return useQuery({
    queryKey: awardKeys.list(query),
    queryFn: ({ signal }) => api.get<NominationList>('/api/nominations', { query, signal }),
    enabled,
    placeholderData: keepPreviousData,
  })
}

export function useNomination(id: number) {
  return useQuery({
    queryKey: awardKeys.nomination(id),
    queryFn: ({ signal }) => api.get<NominationDetail>(`/api/nominations/${id}`, { signal }),
    enabled: id > 0,
  })
}

export function useQuotas(planId: number, year: number) {
  return useQuery({
    queryKey: awardKeys.quotas(planId, year),
    queryFn: ({ signal }) =>
      api.get<FormQuota[]>(`/api/plans/${planId}/quotas`, { query: { year }, signal }),
    enabled: planId > 0 && year > 0,
  })
}

export type NomineeInput =
  | { kind: 'collective'; unitId: number }
  | {
      kind: 'individual'
      person: {
        fullName: string
        position: string
        role: string
        birthYear: number | null
        unitId: number
      }
      facts: { isLeader: boolean | null; familyCultural: boolean | null; taskRating: string | null }
    }

export type CreateNominationInput = {
  year: number
  awardFormId: string
  proposingUnitId: number
  subjectId: string
  nominee: NomineeInput
  achievementSummary: string
}

export function useCreateNomination(planId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateNominationInput) =>
      api.post<NominationDetail>(`/api/plans/${planId}/nominations`, input),
    onSuccess: (detail) => {
      client.setQueryData(awardKeys.nomination(detail.id), detail)
      void client.invalidateQueries({ queryKey: awardKeys.nominations() })
    },
  })
}

/** A write on one nomination; on a conflict the page reloads the nomination it shows. */
export function useNominationWrite<T, R>(id: number, write: (input: T) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'eligibility' in result)
        client.setQueryData(awardKeys.nomination(id), result)
      void client.invalidateQueries({ queryKey: awardKeys.all })
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'CONFLICT')
        void client.invalidateQueries({ queryKey: awardKeys.nomination(id) })
    },
  })
}

export type NominationPatch = {
  awardFormId?: string
  subjectId?: string
  nominee?: NomineeInput
  achievementSummary?: string
  rowVersion: number
}

export function useUpdateNomination(id: number) {
  return useNominationWrite(id, (patch: NominationPatch) =>
    api.patch<NominationDetail>(`/api/nominations/${id}`, patch),
  )
}

export type ActionInput = {
  action: NominationAction
  reason?: string
  rowVersion: number
  /** Appraise although a dossier item is missing (the reason is then required and kept). */
  overrideDossier?: boolean
}

export function useNominationAction(id: number) {
  return useNominationWrite(id, (input: ActionInput) =>
    api.post<NominationDetail>(`/api/nominations/${id}/actions`, input),
  )
}

export function dossierFileUrl(id: number, fileId: number): string {
  return `/api/nominations/${id}/files/${fileId}`
}

export type ExtensionInput = {
  year: number
  unitIds: number[] | null
  until: string
  reason: string
}

export function useGrantDossierExtension(planId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ExtensionInput) =>
      api.post<unknown>(`/api/plans/${planId}/nominations/extensions`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: awardKeys.all }),
  })
}
