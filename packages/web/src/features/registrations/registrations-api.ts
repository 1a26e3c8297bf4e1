// Registration endpoints (docs/api.md, "Registrations"), their types and react-query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RegistrationPledge } from '@antq/core'
import type { ExtensionView, RegistrationList } from '@antq/server/types'
import { apiFetch, api, withQuery } from '../../api/client'

export type { ExtensionView, RegistrationList }
export type RegistrationView = RegistrationList['registrations'][number]
export type RegistrantRef = RegistrationList['notRegistered'][number]
export type RegisterItem = { unitId: number; pledge: RegistrationPledge }
export type RegisterResult = { created: number; updated: number; unchanged: number }
export type ExtensionInput = {
  year: number
  unitIds: number[] | null
  until: string
  reason: string
}
export type RegistrationImportResult = {
  ok: boolean
  dryRun: boolean
  rows: number
  created: number
  updated: number
  unchanged: number
}

const keyOf = (planId: number, year: number) => ['plans', 'registrations', planId, year] as const

/** The actor's part of the plan: registered, not registered (live), excluded, extensions. */
export function useRegistrations(planId: number, year: number | undefined) {
  return useQuery({
    queryKey: keyOf(planId, year ?? 0),
    queryFn: ({ signal }) =>
      api.get<RegistrationList>(`/api/plans/${planId}/registrations`, {
        query: { year },
        signal,
      }),
    enabled: planId > 0 && year !== undefined,
    placeholderData: keepPreviousData,
    // The chase list is live: other clerks register while this page is open.
    refetchInterval: 30_000,
  })
}

function useInvalidate(planId: number, year: number) {
  const client = useQueryClient()
  return () => {
    void client.invalidateQueries({ queryKey: keyOf(planId, year) })
    void client.invalidateQueries({ queryKey: ['plans', 'targets', planId] })
  }
}

export function useRegister(planId: number, year: number) {
  const invalidate = useInvalidate(planId, year)
  return useMutation({
    mutationFn: (items: RegisterItem[]) =>
      api.put<RegisterResult>(`/api/plans/${planId}/registrations`, { year, items }),
    onSuccess: invalidate,
  })
}

export function useGrantExtension(planId: number, year: number) {
  const invalidate = useInvalidate(planId, year)
  return useMutation({
    mutationFn: (input: Omit<ExtensionInput, 'year'>) =>
      api.post<ExtensionView>(`/api/plans/${planId}/extensions`, {
        closes: 'registration',
        year,
        ...input,
      }),
    onSuccess: invalidate,
  })
}

export function templateUrl(planId: number, year: number): string {
  return withQuery(`/api/plans/${planId}/registrations/template`, { year })
}

export function useImportRegistrations(planId: number, year: number) {
  const invalidate = useInvalidate(planId, year)
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData()
      body.append('file', file)
      const path = withQuery(`/api/plans/${planId}/registrations/import`, { year, dryRun })
      const response = await apiFetch(path, { method: 'POST', body })
      return (await response.json()) as RegistrationImportResult
    },
    onSuccess: (result) => {
      if (!result.dryRun) invalidate()
    },
  })
}
