// Crime statistics endpoints (/api/units/:id/crime-statistics) and their react-query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CrimeStatisticsYear } from '@antq/server/types'
import { api, apiFetch, withQuery } from '../../api/client'

export type { CrimeStatisticsYear }
export type StatisticMonth = CrimeStatisticsYear['months'][number]
export type StatisticsImportResult = {
  ok: boolean
  dryRun: boolean
  changed: number
  unchanged: number
  errors: { row?: number; column?: string; message: string }[]
}

const base = (unitId: number) => `/api/units/${unitId}/crime-statistics`
const key = (unitId: number, year: number) => ['crime-statistics', unitId, year] as const

export function useCrimeStatistics(unitId: number, year: number) {
  return useQuery({
    queryKey: key(unitId, year),
    queryFn: ({ signal }) =>
      api.get<CrimeStatisticsYear>(base(unitId), { query: { year }, signal }),
    enabled: unitId > 0,
    placeholderData: keepPreviousData,
  })
}

type Save = { month: string; values: Record<string, number>; version: number; reason?: string }

/** Save a month (PUT) or, with a reason, correct a locked one (POST …/corrections). */
export function useSaveStatisticMonth(unitId: number, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ month, values, version, reason }: Save) =>
      reason === undefined
        ? api.put<CrimeStatisticsYear>(`${base(unitId)}/${month}`, { values, version })
        : api.post<CrimeStatisticsYear>(`${base(unitId)}/${month}/corrections`, {
            ...{ values, version, reason },
          }),
    onSuccess: (data) => client.setQueryData(key(unitId, year), data),
  })
}

export function templateUrl(unitId: number, year: number): string {
  return withQuery(`${base(unitId)}/template`, { year })
}

export function useImportStatistics(unitId: number, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData()
      body.append('file', file)
      const path = withQuery(`${base(unitId)}/import`, { year, dryRun })
      const response = await apiFetch(path, { method: 'POST', body })
      return (await response.json()) as StatisticsImportResult
    },
    onSuccess: (result) => {
      if (!result.dryRun && result.ok)
        void client.invalidateQueries({ queryKey: key(unitId, year) })
    },
  })
}
