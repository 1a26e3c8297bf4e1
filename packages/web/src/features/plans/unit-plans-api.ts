// Unit plan endpoints (a unit's own plan sent by the plan's date) and their react-query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ExtensionView, UnitPlanList } from '@antq/server/types'
import type { GrantInput } from '../../components/DeadlineExtensionPanel'
import { api, apiFetch } from '../../api/client'

export type UnitPlanDeadline = UnitPlanList['items'][number]
export type UnitPlanRow = UnitPlanDeadline['units'][number]

const keyOf = (planId: number) => ['plans', 'unit-plans', planId] as const
const base = (planId: number, deadlineId: string) =>
  `/api/plans/${planId}/unit-plans/${encodeURIComponent(deadlineId)}`

export function useUnitPlans(planId: number) {
  return useQuery({
    queryKey: keyOf(planId),
    queryFn: ({ signal }) => api.get<UnitPlanList>(`/api/plans/${planId}/unit-plans`, { signal }),
    enabled: planId > 0,
  })
}

function useUnitPlanWrite<T>(planId: number, write: (input: T) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => void client.invalidateQueries({ queryKey: keyOf(planId) }),
  })
}

type Target = { deadlineId: string; unitId: number }

export function useSubmitUnitPlanFile(planId: number) {
  return useUnitPlanWrite(planId, async ({ deadlineId, unitId, file }: Target & { file: File }) => {
    const body = new FormData()
    body.append('file', file, file.name)
    await apiFetch(`${base(planId, deadlineId)}/${unitId}/file`, { method: 'POST', body })
  })
}

export function useSubmitChildPlan(planId: number) {
  return useUnitPlanWrite(
    planId,
    ({ deadlineId, unitId, childPlanId }: Target & { childPlanId: number }) =>
      api.put(`${base(planId, deadlineId)}/${unitId}`, { childPlanId }),
  )
}

export type ReviewInput = Target & {
  action: 'accept' | 'return'
  reason?: string
  rowVersion: number
}

export function useReviewUnitPlan(planId: number) {
  return useUnitPlanWrite(planId, ({ deadlineId, unitId, ...body }: ReviewInput) =>
    api.post(`${base(planId, deadlineId)}/${unitId}/actions`, body),
  )
}

export function useGrantUnitPlanExtension(planId: number, deadlineId: string) {
  return useUnitPlanWrite(planId, (input: GrantInput) =>
    api.post<ExtensionView>(`${base(planId, deadlineId)}/extensions`, input),
  )
}

export const unitPlanFileUrl = (submissionId: number) => `/api/unit-plans/${submissionId}/file`
