// Plan target endpoints (docs/api.md, "Plan targets"), their types and react-query hooks.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Comparator, TargetStatus, Threshold } from '@antq/core'
import { api } from '../../api/client'
import type { Page, UnitRef, UnitSummary } from '../../api/types'

export type TargetRow = {
  targetId: string
  source: string
  label: string
  measure: string
  numerator: number | null
  denominator: number | null
  value: number | null
  comparator: Comparator
  threshold: Threshold
  due: string
  phase: string | null
  expected: number | null
  status: TargetStatus
  statusLabel: string
  reason: string
  /** Units in scope with no figure for the total ("thiếu số liệu"); null: not a total. */
  missingUnits?: number | null
  /** The plan's stated denominator ("19/28 xã") and the register's count, at the owing level. */
  stated?: { statedOutOf: number; registerUnits: number; note: string | null } | null
}

export type PlanTargets = {
  plan: { id: number; key: string; title: string }
  year: number
  /** The years the user may choose, and those with any registration or report. */
  years: number[]
  yearsWithData: number[]
  periodId: string
  today: string
  /** The date statuses are judged on: today, or the last day of a past year. */
  statusDate: string
  scope: UnitRef
  computedAt: string | null
  dataAsOf: string | null
  items: TargetRow[]
}

export type TargetUnit = {
  unit: UnitRef
  numerator: number | null
  denominator: number | null
  value: number | null
  met: boolean
}

export type TargetUnits = {
  targetId: string
  scope: { id: number; name: string }
  total: number
  items: TargetUnit[]
}

export type DrillStatus = 'met' | 'not_met'

/** Where the dashboard looks: a scope (default: the issuer) and a year (default: the server's). */
export type DashboardView = { scopeUnitId?: number; year?: number }

export function usePlanTargets(planId: number, view: DashboardView = {}) {
  const { scopeUnitId, year } = view
  return useQuery({
    queryKey: ['plans', 'targets', planId, scopeUnitId ?? 'default', year ?? 'default'],
    queryFn: ({ signal }) =>
      api.get<PlanTargets>(`/api/plans/${planId}/targets`, {
        query: { scopeUnitId, year },
        signal,
      }),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  })
}

export function useTargetUnits(
  planId: number,
  targetId: string | null,
  view: DashboardView,
  status?: DrillStatus,
) {
  const { scopeUnitId, year } = view
  return useQuery({
    queryKey: [
      ...['plans', 'targets', planId, scopeUnitId ?? 'default', year ?? 'default'],
      ...[targetId, status ?? 'all'],
    ],
    queryFn: ({ signal }) =>
      api.get<TargetUnits>(`/api/plans/${planId}/targets/${targetId ?? ''}/units`, {
        query: { scopeUnitId, year, status },
        signal,
      }),
    enabled: planId > 0 && targetId !== null,
  })
}

/** The units directly below a scope: the sub-scopes the dashboard can switch to. */
export function useSubScopes(unitId: number | undefined) {
  return useQuery({
    queryKey: ['units', 'unit', unitId, 'children', 1, 500],
    queryFn: () =>
      api.get<Page<UnitSummary>>(`/api/units/${unitId ?? 0}/children`, {
        query: { page: 1, pageSize: 500 },
      }),
    enabled: unitId !== undefined,
  })
}
