// Plan endpoints (docs/api.md, "Plans") and their react-query keys.
import type { Plan } from '@antq/core'
import { api, withQuery } from '../../api/client'
import type { Items, PlanSummary, PlanView, PlanWriteAction } from '../../api/types'

export const planKeys = {
  all: ['plans'] as const,
  list: () => ['plans', 'list'] as const,
  plan: (id: number) => ['plans', 'plan', id] as const,
}

export type PlanExportFormat = 'yaml' | 'docx'

export async function fetchPlans(): Promise<PlanSummary[]> {
  return (await api.get<Items<PlanSummary>>('/api/plans')).items
}

export function fetchPlan(id: number, signal?: AbortSignal): Promise<PlanView> {
  return api.get<PlanView>(`/api/plans/${id}`, { signal })
}

export function importPlan(text: string): Promise<PlanView> {
  return api.post<PlanView>('/api/plans/import', { text })
}

export function savePlanDefinition(
  id: number,
  definition: Plan,
  reason: string,
  rowVersion: number,
): Promise<PlanView> {
  return api.put<PlanView>(`/api/plans/${id}/definition`, {
    definition,
    reason: reason || undefined,
    rowVersion,
  })
}

export function applyPlanAction(
  id: number,
  action: PlanWriteAction,
  reason: string,
): Promise<PlanView> {
  return api.post<PlanView>(`/api/plans/${id}/actions`, { action, reason: reason || undefined })
}

/** A plain link: the browser downloads the file with the session cookie. */
export function planExportUrl(id: number, format: PlanExportFormat): string {
  return withQuery(`/api/plans/${id}/export`, { format })
}
