// The bodies a plan gives work to, each with the unit it is under the issuer (or why none), and
// the plan owner's action that creates a missing body's unit under the issuer.
import {
  AppError,
  bodyCodeTail,
  bodyUnitName,
  can,
  readScopeWithin,
  validatePlan,
  viSortKey,
  type Actor,
  type Body,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import * as repo from './bodies.repository'
import { resolvePlanBodies } from './bodies.resolve'

async function loadPlanBodies(db: Kysely<Database>, planId: number) {
  const row = await db
    .selectFrom('plans')
    .select(['id', 'definition', 'issuer_unit_id', 'scope_path'])
    .where('id', '=', planId)
    .executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND')
  const checked = validatePlan(row.definition)
  const bodies: readonly Body[] = checked.ok ? checked.plan.bodies : []
  return { row, bodies }
}

/** Each body with its unit (id, name, path, active accounts) or the reason it has none. */
export async function listPlanBodies(deps: Deps, actor: Actor, planId: number) {
  const { row, bodies } = await loadPlanBodies(deps.db, planId)
  if (row.scope_path !== null && readScopeWithin(actor, row.scope_path) === undefined)
    throw new AppError('OUT_OF_SCOPE')
  const matches = await resolvePlanBodies(deps.db, { issuerUnitId: row.issuer_unit_id, bodies })
  const unitIds = [...matches.values()].flatMap((m) => (m.unitId === null ? [] : [m.unitId]))
  const units = new Map((await repo.listBodyUnits(deps.db, unitIds)).map((u) => [u.id, u]))
  const issuer =
    row.issuer_unit_id === null
      ? undefined
      : await repo.findUnitForBodies(deps.db, row.issuer_unit_id)
  return {
    issuer: issuer ? { id: issuer.id, name: issuer.name } : null,
    canCreateUnits: issuer !== undefined && can(actor, 'units:write', issuer.path),
    items: bodies.map((body) => {
      const match = matches.get(body.id)
      const unit = match?.unitId ? units.get(match.unitId) : undefined
      return {
        id: body.id,
        name: body.name,
        kind: body.kind,
        subtype: body.subtype,
        unit: unit ? { id: unit.id, code: unit.code, name: unit.name, path: unit.path } : null,
        accounts: unit ? Number(unit.accounts ?? 0) : 0,
        reason: match && match.unitId === null ? match.reason : null,
      }
    }),
  }
}

/**
 * Creates the unit a body names under the plan's issuer: kind and subtype from the plan, the
 * name followed by the issuer's place, audited in the same transaction. Refuses when the body
 * already resolves to a unit (or to several: the register must say which by code).
 */
export async function createBodyUnit(
  deps: Deps,
  actor: Actor,
  planId: number,
  bodyId: string,
  reason?: string,
) {
  return deps.db.transaction().execute(async (tx) => {
    const { row, bodies } = await loadPlanBodies(tx, planId)
    const body = bodies.find((candidate) => candidate.id === bodyId)
    if (!body) throw new AppError('NOT_FOUND', 'Kế hoạch không có cơ quan, đơn vị này')
    if (row.issuer_unit_id === null)
      throw new AppError('VALIDATION', 'Kế hoạch chưa gắn với đơn vị ban hành')
    const issuer = await repo.findUnitForBodies(tx, row.issuer_unit_id)
    if (!issuer) throw new AppError('NOT_FOUND')
    if (!can(actor, 'units:write', issuer.path)) throw new AppError('OUT_OF_SCOPE')
    const matches = await resolvePlanBodies(tx, { issuerUnitId: issuer.id, bodies: [body] })
    const match = matches.get(body.id)
    if (!match || match.unitId !== null)
      throw new AppError('DUPLICATE', `Cơ quan "${body.name}" đã có đơn vị trong danh mục`)
    // A unit named twice, or a code the plan gives, is for the register to settle, not a new unit.
    if (match.cause !== 'absent') throw new AppError('VALIDATION', match.reason)
    const name = bodyUnitName(body, issuer.name)
    const code = await freeCode(tx, issuer.version, `${issuer.code}.${bodyCodeTail(body.name)}`)
    const id = await repo.insertBodyUnit(tx, {
      ...{ version: issuer.version, code, name, sortKey: viSortKey(name) },
      ...{ kind: body.kind, subtype: body.subtype, parent: issuer },
    })
    const after = { id, code, name, kind: body.kind, subtype: body.subtype, parentId: issuer.id }
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      unit: { id, path: `${issuer.path}${id}.` },
      before: null,
      after: { ...after, plan: row.id, body: body.id },
      reason: reason ?? `Cơ quan được giao nhiệm vụ trong kế hoạch: ${body.name}`,
    })
    return { id, code, name, path: `${issuer.path}${id}.` }
  })
}

/** The code, or the code with the first free number after it ("219.CA2"). */
async function freeCode(db: Kysely<Database>, version: string, code: string) {
  let candidate = code
  for (let n = 2; await repo.isUnitCodeTaken(db, version, candidate); n++) candidate = `${code}${n}`
  return candidate
}
