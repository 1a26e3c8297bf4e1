// Councils: who sits on them (one chair, one secretary, vice-chairs and members) and the rule
// they vote by. Writes need council:manage over the issuing unit; each is one audited transaction.
import {
  AppError,
  DEFAULT_COUNCIL_RULES,
  can,
  findCouncilProblems,
  isInScope,
  type Actor,
  type CouncilRules,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { findUnitById } from '../units/units.repository'
import * as repo from './councils.repository'
import { presentCouncil } from './councils.presenter'
import type { CouncilInput } from './councils.schemas'

function assertMembers(members: CouncilInput['members']) {
  const problems = findCouncilProblems(members)
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION',
      problems.join('; '),
      problems.map((message) => ({ path: 'members', message })),
    )
}

/** The council, checked to lie in the actor's scope (for `permission`, or read access). */
export async function loadCouncil(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  permission?: 'council:manage',
) {
  const council = await repo.findCouncil(db, id)
  if (!council) throw new AppError('NOT_FOUND')
  if (!isInScope(actor, council.issuer_unit_path)) throw new AppError('OUT_OF_SCOPE')
  if (permission && !can(actor, permission, council.issuer_unit_path))
    throw new AppError('FORBIDDEN')
  return council
}

export async function createCouncil(deps: Deps, actor: Actor, input: CouncilInput) {
  assertMembers(input.members)
  const rules: CouncilRules = input.rules
    ? { ...input.rules, assumption: false }
    : DEFAULT_COUNCIL_RULES
  return deps.db.transaction().execute(async (tx) => {
    const unit = await findUnitById(tx, input.issuerUnitId)
    if (!unit) throw new AppError('NOT_FOUND', 'Không có đơn vị ban hành')
    if (!can(actor, 'council:manage', unit.path)) throw new AppError('OUT_OF_SCOPE')
    const { id } = await repo.insertCouncil(tx, {
      issuer_unit_id: unit.id,
      issuer_unit_path: unit.path,
      name: input.name,
      issuer_code: input.issuerCode,
      rules,
      created_by: actor.username,
    })
    await repo.replaceMembers(tx, id, input.members)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'council.create',
      entity: 'council',
      entityId: id,
      unit: { id: unit.id, path: unit.path },
      after: { ...input, rules },
    })
    return getCouncilIn(tx, actor, id)
  })
}

export async function replaceCouncilMembers(
  deps: Deps,
  actor: Actor,
  councilId: number,
  input: { members: CouncilInput['members']; rowVersion: number },
) {
  assertMembers(input.members)
  return deps.db.transaction().execute(async (tx) => {
    const council = await loadCouncil(tx, actor, councilId, 'council:manage')
    const before = await repo.listMembers(tx, councilId)
    if (!(await repo.bumpCouncilVersion(tx, councilId, input.rowVersion)))
      throw new AppError('CONFLICT')
    await repo.replaceMembers(tx, councilId, input.members)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'council.members',
      entity: 'council',
      entityId: councilId,
      unit: { id: council.issuer_unit_id, path: council.issuer_unit_path },
      before,
      after: input.members,
    })
    return getCouncilIn(tx, actor, councilId)
  })
}

async function getCouncilIn(db: Kysely<Database>, actor: Actor, id: number) {
  const council = await loadCouncil(db, actor, id)
  return presentCouncil(council, await repo.listMembers(db, id))
}

export function getCouncil(deps: Deps, actor: Actor, id: number) {
  return getCouncilIn(deps.db, actor, id)
}

export async function listCouncilsInScope(deps: Deps, actor: Actor) {
  const rows = await repo.listCouncils(deps.db, actor.scopePath ?? '')
  return { items: rows.map((row) => presentCouncil(row)) }
}
