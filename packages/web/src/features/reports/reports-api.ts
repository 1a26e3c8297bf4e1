// Report endpoints (docs/api.md, "Reports"), their types and react-query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ReportAction } from '@antq/core'
import type { ExtensionView, ReportList, ReportPeriods } from '@antq/server/types'
import { api, apiFetch, withQuery } from '../../api/client'

export type { ReportList, ReportPeriods }
export type ReportPeriod = ReportPeriods['items'][number]
export type ReportItem = ReportList['items'][number]
export type ReportView = Omit<ReportItem, 'history'> & { history?: ReportItem['history'] }
export type Figures = Record<string, number | boolean | string | null>
export type ReportImportResult = {
  ok: boolean
  dryRun: boolean
  changed: number
  unchanged: number
  errors: { row?: number; column?: string; message: string }[]
}

/** The periods of one year (default: the server's current year). */
export function useReportPeriods(planId: number, year?: number) {
  return useQuery({
    queryKey: ['plans', 'report-periods', planId, year ?? 'current'],
    queryFn: ({ signal }) =>
      api.get<ReportPeriods>(`/api/plans/${planId}/report-periods`, { query: { year }, signal }),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  })
}

const listKey = (planId: number) => ['plans', 'reports', planId] as const

export function useReports(planId: number, periodId: string | undefined, unitId?: number) {
  return useQuery({
    queryKey: [...listKey(planId), periodId, unitId ?? 'default'],
    queryFn: ({ signal }) =>
      api.get<ReportList>(`/api/plans/${planId}/reports`, {
        query: { periodId, unitId },
        signal,
      }),
    enabled: planId > 0 && periodId !== undefined,
    placeholderData: keepPreviousData,
  })
}

type Step =
  | { kind: 'save'; figures: Figures }
  | { kind: 'action'; action: Exclude<ReportAction, 'save'>; reason?: string }

/**
 * Runs steps in order on one report (e.g. revise → save → submit), each with the row version the
 * previous step returned, so a stale page gets the server's CONFLICT instead of overwriting.
 */
export function useReportSteps(planId: number, periodId: string, unitId: number) {
  const client = useQueryClient()
  const base = `/api/plans/${planId}/reports/${unitId}/${encodeURIComponent(periodId)}`
  return useMutation({
    mutationFn: async ({ steps, rowVersion }: { steps: Step[]; rowVersion: number | null }) => {
      let version = rowVersion ?? undefined
      let view: ReportView | undefined
      for (const step of steps) {
        view =
          step.kind === 'save'
            ? await api.put<ReportView>(base, { figures: step.figures, rowVersion: version })
            : await api.post<ReportView>(`${base}/actions`, {
                action: step.action,
                reason: step.reason,
                rowVersion: version,
              })
        version = view.rowVersion ?? undefined
      }
      return view
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: listKey(planId) })
      void client.invalidateQueries({ queryKey: ['plans', 'targets', planId] })
    },
  })
}

export function exportUrl(planId: number, periodId: string, unitId?: number): string {
  return withQuery(`/api/plans/${planId}/reports/export`, { periodId, unitId })
}

export function useImportReports(planId: number, periodId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData()
      body.append('file', file)
      const path = withQuery(`/api/plans/${planId}/reports/import`, { periodId, dryRun })
      const response = await apiFetch(path, { method: 'POST', body })
      return (await response.json()) as ReportImportResult
    },
    onSuccess: (result) => {
      if (!result.dryRun && result.ok) void client.invalidateQueries({ queryKey: listKey(planId) })
    },
  })
}

/** Grant more time to report for one period (POST /reports/extensions), then reload the list. */
export function useGrantReportExtension(planId: number, periodId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { unitIds: number[] | null; until: string; reason: string }) =>
      api.post<ExtensionView>(`/api/plans/${planId}/reports/extensions`, { periodId, ...input }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: listKey(planId) })
      void client.invalidateQueries({ queryKey: ['plans', 'late-units', planId] })
    },
  })
}

/** The plan owner's late entry of a closed period (POST …/late-entry, with its reason). */
export function useLateEntry(planId: number, periodId: string, unitId: number) {
  const client = useQueryClient()
  const base = `/api/plans/${planId}/reports/${unitId}/${encodeURIComponent(periodId)}`
  return useMutation({
    mutationFn: (input: { figures: Figures; reason: string; rowVersion: number | null }) =>
      api.post<ReportView>(`${base}/late-entry`, {
        figures: input.figures,
        reason: input.reason,
        rowVersion: input.rowVersion ?? undefined,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: listKey(planId) })
      void client.invalidateQueries({ queryKey: ['plans', 'targets', planId] })
    },
  })
}
