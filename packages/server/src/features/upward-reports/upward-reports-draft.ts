// The computed parts of an upward report, drawn from the record for the reporting unit and the
// occurrence's year: the targets as the dashboard shows them, registrations, evaluations and
// recognitions, models, tasks, awards decided, late units, and the lower levels' reports.
import { occurrenceTiming, type Actor, type Plan, type UpwardReportStatus } from '@antq/core'
import type { UpwardReportPartView } from '@antq/documents'
import type { Deps } from '../../deps'
import { listLateUnits } from '../targets/targets-late.service'
import { getPlanTargets } from '../targets/targets.service'
import * as record from './upward-reports-record.repository'
import { listReportsTo } from './upward-reports.repository'
import {
  describeAwards,
  describeEvaluations,
  describeLateUnits,
  describeLowerReports,
  describeModels,
  describeRegistrations,
  describeTargets,
  describeTasks,
  type LowerReportLine,
} from './upward-reports-sections'

export type DraftInput = {
  planId: number
  planKey: string
  plan: Plan
  year: number
  today: string
  unit: { id: number; path: string; kind: string }
}
type Sections = { narrative?: string }

const LISTED_NAMES = 10

async function readLateUnits(deps: Deps, actor: Actor, input: DraftInput) {
  const late = await listLateUnits(deps, actor, {
    planId: input.planId,
    scopeUnitId: input.unit.id,
    year: input.year,
  })
  const names = (items: readonly { unit: { name: string } }[]) =>
    items.slice(0, LISTED_NAMES).map((item) => item.unit.name)
  return {
    registration: { total: late.registration.total, names: names(late.registration.items) },
    report: {
      total: late.report.total,
      names: names(late.report.items),
      period: late.report.period?.label ?? null,
    },
  }
}

/** The lower levels' reports sent to this unit in the year, with a line of each narrative. */
async function readLowerReports(deps: Deps, input: DraftInput): Promise<LowerReportLine[]> {
  const rows = await listReportsTo(deps.db, {
    planKey: input.planKey,
    recipientId: input.unit.id,
    year: input.year,
  })
  const labelOf = (id: string) =>
    input.plan.reporting.obligations.find((each) => each.id === id)?.label ?? id
  return rows.map((row) => {
    const submittedOn = row.submitted_at ? row.submitted_at.toISOString().slice(0, 10) : null
    const narrative = (row.sections as Sections).narrative?.trim() ?? ''
    const timing = occurrenceTiming(row.due_on, submittedOn, input.today)
    return {
      unitName: row.unit_name,
      obligation: `${labelOf(row.obligation_id)} (${row.period_key})`,
      status: row.status as UpwardReportStatus,
      submittedOn,
      late: timing === 'late' || timing === 'submitted_late',
      summary: narrative ? (narrative.split('\n')[0] ?? '').slice(0, 300) : null,
    }
  })
}

/** Every computed part, in the order the report prints them. */
export async function buildComputedParts(
  deps: Deps,
  actor: Actor,
  input: DraftInput,
): Promise<UpwardReportPartView[]> {
  const { db } = deps
  const path = input.unit.path
  const [targets, registrations, evaluations, recognitions, awards, late, lower, tasks] =
    await Promise.all([
      getPlanTargets(deps, actor, input.planId, input.unit.id, input.year),
      record.countRegistrations(db, input.planKey, input.year, path),
      record.countEvaluations(db, input.year, path),
      record.countRecognitions(db, input.planKey, input.year, path),
      record.countDecidedAwards(db, input.planKey, input.year, path),
      readLateUnits(deps, actor, input),
      readLowerReports(deps, input),
      record.countAssignments(db, { ...input, path }),
    ])
  const lowerPart = describeLowerReports(lower)
  return [
    describeTargets(targets.items),
    describeRegistrations(registrations),
    describeEvaluations(evaluations, recognitions),
    describeModels(evaluations),
    describeTasks(input.plan, input.unit.kind, tasks),
    describeAwards(awards),
    describeLateUnits(late),
    ...(lowerPart ? [lowerPart] : []),
  ]
}
