// The receiving side: for each due report a unit receives (its level is the obligation's
// recipient level), the lower units owing it and whether each has sent it, and when. The plan's
// issuer also receives from the bodies an obligation names; a lower level counts only inside the
// plan's area (a district's plan reporting to its province: that district, not its neighbours).
import {
  isInSubtree,
  OCCURRENCE_TIMING_LABELS,
  UPWARD_REPORT_STATUS_LABELS,
  occurrenceTiming,
  recipientLevelFor,
  type ObligationOccurrence,
  type UpwardReportStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import type { PlanHandle, UnitRow } from '../reports/reports.context'
import { findUnitsByIds, listLowerUnits, listReportsTo } from './upward-reports.repository'
import type { PlanReporters } from './upward-reports-reporters'

type Input = {
  plan: PlanHandle
  unit: Pick<UnitRow, 'id' | 'path' | 'kind'>
  year: number
  today: string
  occurrences: readonly ObligationOccurrence[]
  reporters: PlanReporters
}

async function listOwing(deps: Deps, input: Input, obligationId: string) {
  const { plan, unit, reporters } = input
  const obligation = plan.plan.reporting.obligations.find((each) => each.id === obligationId)
  if (!obligation) return []
  const kinds =
    obligation.recipientLevel === unit.kind
      ? obligation.reporterLevels.filter(
          (level) => recipientLevelFor(obligation, level) === unit.kind,
        )
      : []
  const levels = (await listLowerUnits(deps.db, unit, kinds)).filter(
    (lower) => plan.scopePath === null || isInSubtree(lower.path, plan.scopePath),
  )
  const bodies =
    unit.id === reporters.issuerUnitId
      ? await findUnitsByIds(deps.db, reporters.bodyUnitIds(obligation))
      : []
  return [...levels, ...bodies.sort((a, b) => a.name.localeCompare(b.name, 'vi'))]
}

export async function lowerLevelsOwing(deps: Deps, input: Input) {
  const { plan, unit } = input
  const received = await listReportsTo(deps.db, {
    planKey: plan.key,
    recipientId: unit.id,
    year: input.year,
  })
  const result = []
  for (const occurrence of input.occurrences) {
    const owing = await listOwing(deps, input, occurrence.obligationId)
    if (owing.length === 0) continue
    const items = owing.map((lower) => {
      const row = received.find(
        (each) =>
          each.unit_id === lower.id &&
          each.obligation_id === occurrence.obligationId &&
          each.period_key === occurrence.periodKey,
      )
      const status = (row?.status ?? null) as UpwardReportStatus | null
      const sent = status === 'submitted' || status === 'received'
      const submittedOn =
        sent && row?.submitted_at ? row.submitted_at.toISOString().slice(0, 10) : null
      const timing = occurrenceTiming(occurrence.due, submittedOn, input.today)
      return {
        unit: { id: lower.id, name: lower.name, kind: lower.kind },
        status: status ?? 'not_started',
        statusLabel: status ? UPWARD_REPORT_STATUS_LABELS[status] : 'Chưa soạn',
        submittedOn,
        timing,
        timingLabel: OCCURRENCE_TIMING_LABELS[timing],
      }
    })
    result.push({
      ...occurrence,
      expected: items.length,
      sent: items.filter((item) => item.submittedOn !== null).length,
      items,
    })
  }
  return result
}
