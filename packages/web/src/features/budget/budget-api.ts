// Budget endpoints of a plan (issue 11 item 6), their types and react-query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { BudgetAction, BudgetFunding } from '@antq/core'
import type { BudgetView } from '@antq/server/types'
import { api, apiFetch, withQuery } from '../../api/client'

export type { BudgetView }
export type BudgetEstimate = BudgetView['estimates'][number]
export type BudgetLineView = BudgetView['lines'][number]

const key = (planId: number) => ['plans', 'budget', planId] as const

export function useBudget(planId: number, year: number | undefined) {
  return useQuery({
    queryKey: [...key(planId), year ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<BudgetView>(`/api/plans/${planId}/budget`, { query: { year }, signal }),
    enabled: planId > 0,
  })
}

export const budgetExportUrl = (planId: number, year: number | undefined) =>
  withQuery(`/api/plans/${planId}/budget/export`, { year })
export const budgetFileUrl = (planId: number, fileId: number) =>
  `/api/plans/${planId}/budget/files/${fileId}`

function useBudgetWrite<I>(planId: number, write: (input: I) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: key(planId) }),
  })
}

export type EstimateInput = {
  unitId: number
  lineId: string
  year: number
  funding: BudgetFunding
  amount: number
  note: string | null
}

export function useSaveEstimate(planId: number) {
  return useBudgetWrite(planId, ({ unitId, ...body }: EstimateInput) =>
    api.put(`/api/plans/${planId}/budget/units/${unitId}/estimates`, body),
  )
}

export function useEstimateAction(planId: number) {
  return useBudgetWrite(
    planId,
    (input: { id: number; action: BudgetAction; reason?: string; rowVersion: number }) =>
      api.post(`/api/plans/${planId}/budget/estimates/${input.id}/actions`, {
        action: input.action,
        reason: input.reason ?? null,
        rowVersion: input.rowVersion,
      }),
  )
}

export type SpendingInput = {
  estimate: BudgetEstimate
  spentOn: string
  amount: number
  purpose: string
  documentNumber: string
  documentDate: string
  file: File | null
}

/** Upload the document first (if any), then record the spending naming it. */
export function useRecordSpending(planId: number) {
  return useBudgetWrite(planId, async ({ estimate, file, ...body }: SpendingInput) => {
    let fileId: number | null = null
    if (file) {
      const form = new FormData()
      form.append('file', file, file.name)
      const url = `/api/plans/${planId}/budget/units/${estimate.unitId}/files`
      const response = await apiFetch(url, { method: 'POST', body: form })
      fileId = ((await response.json()) as { id: number }).id
    }
    return api.post(`/api/plans/${planId}/budget/estimates/${estimate.id}/spending`, {
      ...body,
      fileId,
    })
  })
}
