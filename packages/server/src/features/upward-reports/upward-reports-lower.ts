// The receiving side: for each due report a unit receives (its level is the obligation's
// recipient level), the lower units owing it and whether each has sent it, and when.
import {
  OCCURRENCE_TIMING_LABELS,
  UPWARD_REPORT_STATUS_LABELS,
  occurrenceTiming,
  recipientLevelFor,
  type ObligationOccurrence,
  type UpwardReportStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import type { PlanHandle, UnitRow } from '../reports/reports.context'
import { listLowerUnits, listReportsTo } from './upward-reports.repository'

type Input = {
  plan: PlanHandle
  unit: Pick<UnitRow, 'id' | 'path' | 'kind'>
  year: number
  today: string
  occurrences: readonly ObligationOccurrence[]
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
    const obligation = plan.plan.reporting.obligations.find(
      (each) => each.id === occurrence.obligationId,
    )
    if (!obligation || obligation.recipientLevel !== unit.kind) continue
    const kinds = obligation.reporterLevels.filter(
      (level) => recipientLevelFor(obligation, level) === unit.kind,
    )
    const owing = await listLowerUnits(deps.db, unit, kinds)
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
