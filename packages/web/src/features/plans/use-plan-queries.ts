// react-query hooks over the plan endpoints.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Plan } from '@antq/core'
import type { PlanView, PlanWriteAction } from '../../api/types'
import {
  applyPlanAction,
  fetchPlan,
  fetchPlans,
  importPlan,
  planKeys,
  savePlanDefinition,
} from './plans-api'

export function usePlans() {
  return useQuery({ queryKey: planKeys.list(), queryFn: fetchPlans })
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: planKeys.plan(id),
    queryFn: ({ signal }) => fetchPlan(id, signal),
    enabled: id > 0,
  })
}

function useStorePlan() {
  const queryClient = useQueryClient()
  return async (plan: PlanView) => {
    queryClient.setQueryData(planKeys.plan(plan.id), plan)
    await queryClient.invalidateQueries({ queryKey: planKeys.all, refetchType: 'active' })
  }
}

export function useImportPlan() {
  const store = useStorePlan()
  return useMutation({ mutationFn: importPlan, onSuccess: store })
}

/** Save a draft; `rowVersion` is the version the editor started from (409 when stale). */
export function useSavePlan(id: number, rowVersion: number) {
  const store = useStorePlan()
  return useMutation({
    mutationFn: ({ definition, reason }: { definition: Plan; reason: string }) =>
      savePlanDefinition(id, definition, reason, rowVersion),
    onSuccess: store,
  })
}

export function usePlanAction(id: number) {
  const store = useStorePlan()
  return useMutation({
    mutationFn: ({ action, reason }: { action: PlanWriteAction; reason: string }) =>
      applyPlanAction(id, action, reason),
    onSuccess: store,
  })
}
