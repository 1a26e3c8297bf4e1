// Criteria-set endpoints (docs/api.md) and their react-query keys.
import type { CriteriaSet } from '@antq/core'
import type { CriteriaSetList, CriteriaSetView } from '@antq/server/types'
import { api } from '../../api/client'

export const criteriaKeys = {
  all: ['criteria'] as const,
  list: () => ['criteria', 'list'] as const,
  set: (key: string, version?: number) => ['criteria', 'set', key, version ?? 'latest'] as const,
}

export type CriteriaSetSummary = CriteriaSetList['items'][number] & { definition: CriteriaSet }
export type CriteriaSetDetail = CriteriaSetView & { definition: CriteriaSet }

export async function fetchCriteriaSets(): Promise<CriteriaSetSummary[]> {
  return (await api.get<{ items: CriteriaSetSummary[] }>('/api/criteria-sets')).items
}

export function fetchCriteriaSet(key: string, version?: number): Promise<CriteriaSetDetail> {
  const query = version ? `?version=${version}` : ''
  return api.get<CriteriaSetDetail>(`/api/criteria-sets/${encodeURIComponent(key)}${query}`)
}

export function saveCriteriaSet(
  key: string,
  definition: CriteriaSet,
  reason: string,
): Promise<CriteriaSetDetail> {
  return api.post<CriteriaSetDetail>(`/api/criteria-sets/${encodeURIComponent(key)}/versions`, {
    definition,
    reason,
  })
}
