import { AppError, isInScope, type Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Deps } from '../../deps'
import type { Database } from '../../db/schema'
import { appendAudit } from '../audit/audit.repository'
import { deleteSessionsOf } from '../auth/auth.repository'
import { assertStrongPassword, hashPassword } from '../auth/passwords'
import { findUnitById } from '../units/units.repository'
import * as repo from './accounts.repository'
import { presentAccount } from './accounts.presenter'
import type { CreateAccountInput, UpdateAccountInput } from './accounts.schemas'

/** An administrator may only give out scopes inside their own subtree. */
async function resolveScope(db: Kysely<Database>, actor: Actor, scopeUnitId: number | null) {
  if (scopeUnitId === null) {
    if (actor.scopePath !== null) throw new AppError('OUT_OF_SCOPE')
    return null
  }
  const unit = await findUnitById(db, scopeUnitId)
  if (!unit) throw new AppError('VALIDATION', 'Đơn vị phạm vi không tồn tại')
  if (!isInScope(actor, unit.path)) throw new AppError('OUT_OF_SCOPE')
  return { id: unit.id, path: unit.path }
}

async function getManagedAccount(db: Kysely<Database>, actor: Actor, id: number) {
  const account = await repo.findAccountById(db, id)
  if (!account) throw new AppError('NOT_FOUND')
  if (actor.scopePath !== null && !(account.scope_path && isInScope(actor, account.scope_path)))
    throw new AppError('OUT_OF_SCOPE')
  return account
}

export async function listAccounts(deps: Deps, actor: Actor, text?: string) {
  const rows = await repo.listAccounts(deps.db, actor.scopePath, text)
  return { items: rows.map(presentAccount) }
}

export async function createAccount(deps: Deps, actor: Actor, input: CreateAccountInput) {
  assertStrongPassword(input.password)
  const passwordHash = await hashPassword(input.password)
  return deps.db.transaction().execute(async (tx) => {
    const scope = await resolveScope(tx, actor, input.scopeUnitId)
    if (await repo.findAccountByUsername(tx, input.username))
      throw new AppError('DUPLICATE', `Tên đăng nhập "${input.username}" đã được dùng`)
    const id = await repo.insertAccount(tx, {
      username: input.username,
      full_name: input.fullName,
      password_hash: passwordHash,
      roles: input.roles,
      scope_unit_id: scope?.id ?? null,
      active: true,
    })
    const created = await repo.findAccountById(tx, id)
    if (!created) throw new AppError('NOT_FOUND')
    const view = presentAccount(created)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'account.create',
      entity: 'account',
      entityId: id,
      unit: scope,
      after: view,
    })
    return view
  })
}

export async function updateAccount(
  deps: Deps,
  actor: Actor,
  id: number,
  input: UpdateAccountInput,
) {
  if (input.password !== undefined) assertStrongPassword(input.password)
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined
  return deps.db.transaction().execute(async (tx) => {
    const account = await getManagedAccount(tx, actor, id)
    const scope =
      input.scopeUnitId !== undefined ? await resolveScope(tx, actor, input.scopeUnitId) : undefined
    if (id === actor.accountId && input.active === false)
      throw new AppError('VALIDATION', 'Không thể tự khóa tài khoản của mình')
    await repo.updateAccount(tx, id, {
      full_name: input.fullName,
      roles: input.roles,
      scope_unit_id: scope === undefined ? undefined : (scope?.id ?? null),
      active: input.active,
      password_hash: passwordHash,
      demo: passwordHash ? false : undefined,
    })
    if (passwordHash || input.active === false || input.roles || scope !== undefined)
      await deleteSessionsOf(tx, id)
    const updated = await repo.findAccountById(tx, id)
    if (!updated) throw new AppError('NOT_FOUND')
    const view = presentAccount(updated)
    const unit =
      updated.scope_unit_id && updated.scope_path
        ? { id: updated.scope_unit_id, path: updated.scope_path }
        : null
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: passwordHash ? 'account.update_password' : 'account.update',
      entity: 'account',
      entityId: id,
      unit,
      before: presentAccount(account),
      after: view,
      reason: input.reason,
    })
    return view
  })
}
