// Dashboard endpoints beyond the targets list (docs/api.md, "Plan targets"): a target's value
// in each direct sub-unit of the scope, ranked, and the late units to chase.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Comparator, TargetStatus, Threshold } from '@antq/core'
import { api } from '../../api/client'
import type { UnitRef } from '../../api/types'
import type { DashboardView } from './targets-api'

export type RankedSubUnit = {
  rank: number | null
  unit: UnitRef
  numerator: number | null
  denominator: number | null
  value: number | null
  status: TargetStatus
  statusLabel: string
}

export type SubUnitValues = {
  targetId: string
  source: string
  label: string
  measure: string
  aggregate: string
  comparator: Comparator | null
  threshold: Threshold | null
  year: number
  scope: UnitRef
  items: RankedSubUnit[]
}

export type LateUnitRow = {
  unit: UnitRef & { kindLabel: string }
  managingUnit: { id: number; code: string; name: string } | null
  closedOn: string
  daysLate: number
  /** A report's state ('draft', 'returned'); for an event, what was not held. */
  status: string | null
  returnReason: string | null
  /** A report upward the unit owes (the upwardReports list only). */
  obligation?: { id: string; label: string; periodKey: string; periodLabel: string }
}

export type LateList = {
  total: number
  bySubUnit: { unit: UnitRef & { kindLabel: string }; count: number }[]
  items: LateUnitRow[]
}

export type PeriodRef = { id: string; label: string; deadline: string }

export type LateUnits = {
  year: number
  today: string
  scope: UnitRef
  registration: LateList & { deadline: string | null }
  report: LateList & { period: PeriodRef | null; periods: PeriodRef[] }
  upwardReports: LateList
  /** Units that have not held a plan's event (Ngày hội, forum) by its window's end. */
  events?: LateList
}

export function useSubUnitValues(planId: number, targetId: string | null, view: DashboardView) {
  const { scopeUnitId, year } = view
  return useQuery({
    queryKey: [
      'plans',
      'targets',
      planId,
      scopeUnitId ?? 'default',
      year ?? 'default',
      targetId,
      'sub-units',
    ],
    queryFn: ({ signal }) =>
      api.get<SubUnitValues>(`/api/plans/${planId}/targets/${targetId ?? ''}/sub-units`, {
        query: { scopeUnitId, year },
        signal,
      }),
    enabled: planId > 0 && targetId !== null,
    placeholderData: keepPreviousData,
  })
}

export function useLateUnits(planId: number, view: DashboardView, periodId?: string) {
  const { scopeUnitId, year } = view
  return useQuery({
    queryKey: [
      'plans',
      'late-units',
      planId,
      scopeUnitId ?? 'default',
      year ?? 'default',
      periodId ?? 'latest',
    ],
    queryFn: ({ signal }) =>
      api.get<LateUnits>(`/api/plans/${planId}/late-units`, {
        query: { scopeUnitId, year, periodId },
        signal,
      }),
    enabled: planId > 0,
    placeholderData: keepPreviousData,
  })
}
