// Upward report endpoints and their react-query hooks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { UpwardReportList, UpwardReportView } from '@antq/server/types'
import { api } from '../../api/client'

export type { UpwardReportList, UpwardReportView }
export type WrittenSections = { narrative: string; shortcomings: string; proposals: string }
export type ReportKey = { planId: number; obligationId: string; periodKey: string; unitId: number }

const root = (planId: number) => ['plans', 'upward-reports', planId] as const

export const reportPath = (key: ReportKey) =>
  `/api/plans/${key.planId}/upward-reports/${encodeURIComponent(key.obligationId)}/${encodeURIComponent(key.periodKey)}/units/${key.unitId}`

/** The web page of one report. */
export const reportPagePath = (key: ReportKey) =>
  `/ke-hoach/${key.planId}/bao-cao-cap-tren/${encodeURIComponent(key.obligationId)}/${encodeURIComponent(key.periodKey)}/${key.unitId}`

export function useUnitObligations(planId: number, unitId: number | undefined, year?: number) {
  return useQuery({
    queryKey: [...root(planId), 'list', unitId, year ?? 'current'],
    queryFn: ({ signal }) =>
      api.get<UpwardReportList>(`/api/plans/${planId}/upward-reports`, {
        query: { unitId, year },
        signal,
      }),
    enabled: planId > 0 && unitId !== undefined,
    placeholderData: keepPreviousData,
  })
}

export function useUpwardReport(key: ReportKey) {
  return useQuery({
    queryKey: [...root(key.planId), 'report', key.obligationId, key.periodKey, key.unitId],
    queryFn: ({ signal }) => api.get<UpwardReportView>(reportPath(key), { signal }),
    enabled: key.planId > 0 && key.unitId > 0,
  })
}

type Step =
  | { kind: 'save'; sections: WrittenSections }
  | { kind: 'action'; action: 'submit' | 'receive' | 'return'; reason?: string }

/** Save, then act, each with the row version the previous step returned. */
export function useUpwardReportSteps(key: ReportKey) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async ({ steps, rowVersion }: { steps: Step[]; rowVersion: number | null }) => {
      let version = rowVersion ?? undefined
      let view: UpwardReportView | undefined
      for (const step of steps) {
        view =
          step.kind === 'save'
            ? await api.put<UpwardReportView>(reportPath(key), {
                sections: step.sections,
                rowVersion: version,
              })
            : await api.post<UpwardReportView>(`${reportPath(key)}/actions`, {
                action: step.action,
                reason: step.reason,
                rowVersion: version,
              })
        version = view.rowVersion ?? undefined
      }
      return view
    },
    onSuccess: () => client.invalidateQueries({ queryKey: root(key.planId) }),
  })
}
