import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CriteriaSet } from '@antq/core'
import { criteriaKeys, fetchCriteriaSet, fetchCriteriaSets, saveCriteriaSet } from './criteria-api'

export function useCriteriaSets() {
  return useQuery({ queryKey: criteriaKeys.list(), queryFn: fetchCriteriaSets })
}

export function useCriteriaSet(key: string, version?: number) {
  return useQuery({
    queryKey: criteriaKeys.set(key, version),
    queryFn: () => fetchCriteriaSet(key, version),
  })
}

/** Save a new version, then refresh every criteria query. */
export function useSaveCriteriaSet(key: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ definition, reason }: { definition: CriteriaSet; reason: string }) =>
      saveCriteriaSet(key, definition, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: criteriaKeys.all }),
  })
}
