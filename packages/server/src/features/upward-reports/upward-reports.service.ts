// Reading upward reports: a unit's obligations for a year with their due dates and status, the
// late ones (its own and its lower levels'), one report with its parts, and which lower levels
// have reported for an obligation and period.
import {
  AppError,
  isInSubtree,
  OCCURRENCE_TIMING_LABELS,
  UPWARD_REPORT_STATUS_LABELS,
  occurrenceTiming,
  planOccurrences,
  type Actor,
  type UpwardReportStatus,
} from '@antq/core'
import type { UpwardReportPartView } from '@antq/documents'
import type { Deps } from '../../deps'
import { currentYear, loadPlan, loadUnit, today as todayOf } from '../reports/reports.context'
import { buildComputedParts } from './upward-reports-draft'
import {
  findRecipient,
  isRecipient,
  isReporter,
  loadOccurrence,
  type OccurrenceKey,
} from './upward-reports.context'
import * as repo from './upward-reports.repository'
import { lowerLevelsOwing } from './upward-reports-lower'
import { loadPlanReporters, unitOwes } from './upward-reports-reporters'

const dateOf = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : null)

function describeStatus(
  status: UpwardReportStatus | null,
  due: string,
  submittedAt: Date | null,
  today: string,
) {
  const timing = occurrenceTiming(due, dateOf(submittedAt), today)
  return {
    status: status ?? 'not_started',
    statusLabel: status ? UPWARD_REPORT_STATUS_LABELS[status] : 'Chưa soạn',
    timing,
    timingLabel: OCCURRENCE_TIMING_LABELS[timing],
    submittedOn: dateOf(submittedAt),
  }
}

/** A unit's due reports of the year, those its lower levels send it, and the late ones. */
export async function listUnitObligations(
  deps: Deps,
  input: { planId: number; unitId: number; year?: number },
) {
  const plan = await loadPlan(deps.db, input.planId)
  const unit = await loadUnit(deps.db, input.unitId)
  const today = todayOf(deps)
  const year = input.year ?? currentYear(plan.plan, today)
  // A unit outside the plan's area owes it nothing; it may still receive from inside it (the
  // province above a district's plan), which lowerLevelsOwing limits to the plan's area.
  const inArea = plan.scopePath === null || isInSubtree(unit.path, plan.scopePath)
  const occurrences = planOccurrences(plan.plan, year)
  const own = await repo.listUnitReports(deps.db, plan.key, unit.id, year)
  const rowOf = (obligationId: string, periodKey: string) =>
    own.find((row) => row.obligation_id === obligationId && row.period_key === periodKey)
  const obligationOf = (id: string) =>
    plan.plan.reporting.obligations.find((each) => each.id === id)
  const reporters = await loadPlanReporters(deps.db, plan)
  const owed = await Promise.all(
    occurrences.flatMap((each) => {
      const obligation = obligationOf(each.obligationId)
      if (!inArea || !obligation || !unitOwes(reporters, obligation, unit)) return []
      return [
        (async () => {
          const row = rowOf(each.obligationId, each.periodKey)
          const recipient = await findRecipient(deps, obligation, unit, reporters)
          const status = (row?.status ?? null) as UpwardReportStatus | null
          return {
            ...each,
            kind: obligation.kind,
            recipientText: obligation.recipient,
            recipient: recipient && { id: recipient.id, name: recipient.name },
            ...describeStatus(status, each.due, row?.submitted_at ?? null, today),
          }
        })(),
      ]
    }),
  )
  const toReceive = await lowerLevelsOwing(deps, {
    ...{ plan, unit, year, today, occurrences, reporters },
  })
  const late = [
    ...owed
      .filter((each) => each.timing === 'late')
      .map((each) => ({ unitName: unit.name, label: each.label, due: each.due, own: true })),
    ...toReceive.flatMap((each) =>
      each.items
        .filter((item) => item.timing === 'late')
        .map((item) => ({
          unitName: item.unit.name,
          label: each.label,
          due: each.due,
          own: false,
        })),
    ),
  ]
  return {
    year,
    today,
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    owed,
    toReceive,
    late,
  }
}

/** One report: its written sections, its computed parts (live while a draft), what may be done. */
export async function getUpwardReport(deps: Deps, actor: Actor, key: OccurrenceKey) {
  const context = await loadOccurrence(deps, key)
  const { plan, occurrence, obligation, unit, recipient } = context
  const row = await repo.findUpwardReport(deps.db, {
    planKey: plan.key,
    obligationId: occurrence.obligationId,
    periodKey: occurrence.periodKey,
    unitId: unit.id,
  })
  const status = (row?.status ?? null) as UpwardReportStatus | null
  const frozen = row?.snapshot as
    { parts: UpwardReportPartView[]; takenAt: string } | null | undefined
  const parts =
    frozen?.parts ??
    (await buildComputedParts(deps, actor, {
      ...{ planId: plan.id, planKey: plan.key, plan: plan.plan, year: occurrence.year },
      ...{ today: context.today, unit },
    }))
  const reporter = isReporter(actor, unit)
  const receiving = isRecipient(actor, recipient)
  const sections = { narrative: '', shortcomings: '', proposals: '', ...(row?.sections as object) }
  return {
    plan: { id: plan.id, title: plan.plan.metadata.title },
    obligation: {
      id: obligation.id,
      label: obligation.label,
      kind: obligation.kind,
      recipientText: obligation.recipient,
    },
    occurrence,
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    recipient: recipient && { id: recipient.id, name: recipient.name },
    ...describeStatus(status, occurrence.due, row?.submitted_at ?? null, context.today),
    sections,
    parts,
    frozenAt: frozen?.takenAt ?? null,
    today: context.today,
    returnReason: row?.return_reason ?? null,
    rowVersion: row?.row_version ?? null,
    history: row ? await repo.listUpwardReportHistory(deps.db, row.id) : [],
    actions: [
      ...(reporter && (status === null || status === 'draft') ? ['save', 'submit'] : []),
      ...(receiving && status === 'submitted' ? ['receive', 'return'] : []),
    ],
  }
}

/** Which lower levels owe the recipient this report, and which have sent it. */
export async function listLowerReports(
  deps: Deps,
  input: { planId: number; obligationId: string; periodKey: string; unitId: number },
) {
  const plan = await loadPlan(deps.db, input.planId)
  const unit = await loadUnit(deps.db, input.unitId)
  const occurrences = planOccurrences(plan.plan, Number(input.periodKey.slice(0, 4))).filter(
    (each) => each.obligationId === input.obligationId && each.periodKey === input.periodKey,
  )
  const [first] = occurrences
  if (!first)
    throw new AppError('NOT_FOUND', 'Kế hoạch không có nghĩa vụ báo cáo này trong kỳ đã chọn')
  const reporters = await loadPlanReporters(deps.db, plan)
  const [found] = await lowerLevelsOwing(deps, {
    ...{ plan, unit, year: first.year, today: todayOf(deps), occurrences, reporters },
  })
  return found ?? { ...first, expected: 0, sent: 0, items: [] }
}
