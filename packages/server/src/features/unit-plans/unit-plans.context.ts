// What a unit-plan request stands on: the plan, its plan_submission deadline, the issuer, and
// the units that must send their own plan (every unit of the deadline's levels under the
// issuer, and the unit each named body resolves to; a body that resolves to none is listed
// with the reason, so the owner sees who the system cannot track).
import { AppError, type Deadline, type Plan } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { resolvePlanBodies } from '../bodies/bodies.resolve'
import { findPlanById } from '../plans/plans.repository'
import { findUnitById } from '../units/units.repository'
import * as repo from './unit-plans.repository'

export type Submitter = {
  unitId: number
  name: string
  kind: string
  path: string
  /** The body of the plan it stands for; null: a unit of a level. */
  bodyName: string | null
}
export type UnresolvedBody = { bodyId: string; name: string; reason: string }

export async function loadUnitPlanContext(
  db: Kysely<Database>,
  planId: number,
  deadlineId: string,
) {
  const row = await findPlanById(db, planId)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  const plan = row.definition as Plan
  const deadline = plan.deadlines.find(
    (each) => each.id === deadlineId && each.closes === 'plan_submission',
  )
  if (!deadline) throw new AppError('NOT_FOUND', 'Kế hoạch không có hạn gửi kế hoạch thực hiện này')
  const issuer =
    row.issuer_unit_id === null ? undefined : await findUnitById(db, row.issuer_unit_id)
  return { planId: row.id, planKey: row.plan_key, plan, deadline, issuer: issuer ?? null }
}
export type UnitPlanContext = Awaited<ReturnType<typeof loadUnitPlanContext>>

/** The plan_submission deadlines of a plan (the ones that say who must send). */
export function listSubmissionDeadlines(plan: Plan): Deadline[] {
  return plan.deadlines.filter((each) => each.closes === 'plan_submission')
}

export async function listSubmitters(
  db: Kysely<Database>,
  context: UnitPlanContext,
): Promise<{ units: Submitter[]; unresolved: UnresolvedBody[] }> {
  const submitters = context.deadline.submitters
  const issuer = context.issuer
  if (!submitters || !issuer) return { units: [], unresolved: [] }
  const levelUnits = await repo.listUnitsOfKinds(db, issuer, submitters.levels)
  const bodies = context.plan.bodies.filter((body) => submitters.bodies.includes(body.id))
  const matches = await resolvePlanBodies(db, { issuerUnitId: issuer.id, bodies })
  const unresolved: UnresolvedBody[] = []
  const bodyOf = new Map<number, string>()
  for (const body of bodies) {
    const match = matches.get(body.id)
    if (match && match.unitId !== null) bodyOf.set(match.unitId, body.name)
    else
      unresolved.push({
        ...{ bodyId: body.id, name: body.name },
        reason: match && 'reason' in match ? match.reason : 'Không xác định được đơn vị',
      })
  }
  const bodyUnits = await repo.listUnitsById(db, [...bodyOf.keys()])
  const units = new Map<number, Submitter>()
  for (const unit of [...bodyUnits, ...levelUnits])
    units.set(unit.id, {
      ...{ unitId: unit.id, name: unit.name, kind: unit.kind, path: unit.path },
      bodyName: bodyOf.get(unit.id) ?? null,
    })
  return { units: [...units.values()], unresolved }
}
