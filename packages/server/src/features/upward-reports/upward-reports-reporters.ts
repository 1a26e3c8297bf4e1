// Who owes a plan's reports besides the levels: the bodies its obligations name
// (`reporterBodies`: "các sở, ban, ngành, đoàn thể … báo cáo về UBND tỉnh"), each resolved to its
// unit under the issuer as the bodies feature does. A body reports to the plan's issuer — the
// body is the issuer's own department or organisation, and the clauses send its report to the
// issuer's UBND or Ban Chỉ đạo (through its standing police office), whatever the level.
import { owesObligation, type BodyUnitMatch, type ReportingObligation } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { resolvePlanBodies } from '../bodies/bodies.resolve'
import type { PlanHandle } from '../reports/reports.context'

export type PlanReporters = {
  /** The plan bodies a unit is (usually none, at most a few). */
  bodiesOf: (unitId: number) => string[]
  /** The units of the bodies an obligation names, resolved under the issuer. */
  bodyUnitIds: (obligation: ReportingObligation) => number[]
  issuerUnitId: number | null
}

export async function loadPlanReporters(
  db: Kysely<Database>,
  plan: Pick<PlanHandle, 'plan' | 'issuerUnitId'>,
): Promise<PlanReporters> {
  const named = new Set(plan.plan.reporting.obligations.flatMap((each) => each.reporterBodies))
  const bodies = plan.plan.bodies.filter((body) => named.has(body.id))
  const matches =
    bodies.length === 0
      ? new Map<string, BodyUnitMatch>()
      : await resolvePlanBodies(db, { issuerUnitId: plan.issuerUnitId, bodies })
  const unitOf = new Map<string, number>()
  for (const [bodyId, match] of matches) if (match.unitId !== null) unitOf.set(bodyId, match.unitId)
  return {
    bodiesOf: (unitId) =>
      [...unitOf.entries()].filter(([, id]) => id === unitId).map(([bodyId]) => bodyId),
    bodyUnitIds: (obligation) =>
      obligation.reporterBodies.flatMap((bodyId) => {
        const id = unitOf.get(bodyId)
        return id === undefined ? [] : [id]
      }),
    issuerUnitId: plan.issuerUnitId,
  }
}

/** Whether the unit owes the obligation, by its level or as a body the obligation names. */
export function unitOwes(
  reporters: PlanReporters,
  obligation: ReportingObligation,
  unit: { id: number; kind: string },
): boolean {
  return owesObligation(obligation, unit.kind, reporters.bodiesOf(unit.id))
}

/** Whether the unit owes it only as a named body (not by its level): it reports to the issuer. */
export function owesAsBody(
  reporters: PlanReporters,
  obligation: ReportingObligation,
  unit: { id: number; kind: string },
): boolean {
  return unitOwes(reporters, obligation, unit) && !owesObligation(obligation, unit.kind)
}
