// Evaluation endpoints (docs/api.md, "Evaluations"), their types and react-query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { EvaluationView, SavedEvaluation } from '@antq/server/types'
import { api } from '../../api/client'
import { fetchCriteriaSet } from '../criteria/criteria-api'

export type { EvaluationView, SavedEvaluation }
export type EvaluationKind = 'antt' | 'movement' | 'exemplary' | 'model' | 'complexity'
export type EvaluationInput = {
  answers?: Record<string, boolean | null>
  selfScore?: number | null
  evidence?: string[]
  reviewerScore?: number | null
  targetsCompletedShare?: number | null
  findings?: { securityComplex: boolean; socialOrderComplex: boolean }
  decisionNumber?: string | null
  decisionDate?: string | null
  reason?: string
}

/** A unit's evaluations, and the set a new movement classification of it takes when a plan
 * over it classifies on its own scale (plan 002's four classes), else null. */
export type UnitEvaluations = { items: EvaluationView[]; movementSet: string | null }

const keyOf = (unitId: number, year: number) => ['units', 'evaluations', unitId, year] as const

export function useUnitEvaluations(unitId: number, year: number) {
  return useQuery({
    queryKey: keyOf(unitId, year),
    queryFn: ({ signal }) =>
      api.get<UnitEvaluations>(`/api/units/${unitId}/evaluations`, {
        query: { year },
        signal,
      }),
    enabled: unitId > 0,
  })
}

export function useCriteriaSet(key: string | null, version?: number) {
  return useQuery({
    queryKey: ['criteria', 'set', key, version ?? 'latest'],
    queryFn: () => fetchCriteriaSet(key ?? '', version),
    enabled: key !== null,
  })
}

export function useSaveEvaluation(unitId: number, kind: EvaluationKind, year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: EvaluationInput) =>
      api.put<SavedEvaluation>(`/api/units/${unitId}/evaluations/${kind}/${year}`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keyOf(unitId, year) })
      void client.invalidateQueries({ queryKey: ['plans', 'targets'] })
    },
  })
}
