// Which unit each of a plan's bodies is, under the plan's issuer (core `matchBodyUnit`).
import { matchBodyUnit, type Body, type BodyUnitMatch } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { listBodyUnitCandidates } from './bodies.repository'

export async function resolvePlanBodies(
  db: Kysely<Database>,
  plan: { issuerUnitId: number | null; bodies: readonly Body[] },
): Promise<Map<string, BodyUnitMatch>> {
  const matches = new Map<string, BodyUnitMatch>()
  const candidates =
    plan.issuerUnitId === null ? [] : await listBodyUnitCandidates(db, plan.issuerUnitId)
  for (const body of plan.bodies)
    matches.set(
      body.id,
      plan.issuerUnitId === null
        ? { unitId: null, reason: 'Kế hoạch chưa gắn với đơn vị ban hành', cause: 'absent' }
        : matchBodyUnit(body, candidates),
    )
  return matches
}
