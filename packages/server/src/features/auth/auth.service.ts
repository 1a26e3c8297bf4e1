import { createHash, randomBytes } from 'node:crypto'
import { AppError, decideLoginAttempt, LOGIN_LIMITS, type Actor, type Role } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { AuthPolicy, Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import {
  findAccountById,
  findAccountByUsername,
  updateAccount,
} from '../accounts/accounts.repository'
import { presentAccount } from '../accounts/accounts.presenter'
import { findMergedLegacyPaths } from '../units/legacy-scope'
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords'
import * as sessions from './auth.repository'
import type { ChangePasswordInput, LoginInput } from './auth.schemas'

/** The lifetimes and demo mode when the deps name none (tests, ADR 027). */
const DEFAULT_POLICY: AuthPolicy = { idleMinutes: 30, maxHours: 12, demoMode: true }
// A session's last request is written at most this often: no write per request.
const TOUCH_EVERY_MS = 60_000

const policyOf = (deps: Deps) => deps.auth ?? DEFAULT_POLICY
/** A demo account outside demo mode changes its published password before anything else. */
const mustChangePassword = (deps: Deps, account: { demo: boolean }) =>
  account.demo && !policyOf(deps).demoMode

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

// A constant hash to verify against when the account does not exist, so the response time
// does not reveal which usernames exist.
let decoyHash: Promise<string> | undefined

export async function login(deps: Deps, input: LoginInput, ip: string) {
  const username = input.username.toLowerCase()
  const since = new Date(deps.now().getTime() - LOGIN_LIMITS.windowMinutes * 60_000)
  const failures = await sessions.countRecentFailures(deps.db, username, ip, since)
  const account = await findAccountByUsername(deps.db, username)
  if (decideLoginAttempt(failures) === 'refuse') {
    await auditLoginAttempt(deps.db, 'auth.login_refused', username, account?.id, ip)
    throw new AppError(
      'RATE_LIMITED',
      `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${LOGIN_LIMITS.windowMinutes} phút.`,
    )
  }
  decoyHash ??= hashPassword('decoy-password-1')
  const ok = account?.active
    ? await verifyPassword(account.password_hash, input.password)
    : (await verifyPassword(await decoyHash, input.password)) && false
  if (!account || !ok) {
    await deps.db.transaction().execute(async (tx) => {
      await sessions.recordLoginAttempt(tx, username, ip, false, deps.now())
      await auditLoginAttempt(tx, 'auth.login_failed', username, account?.id, ip)
    })
    throw new AppError('INVALID_CREDENTIALS')
  }
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  await deps.db.transaction().execute(async (tx) => {
    await sessions.recordLoginAttempt(tx, username, ip, true, deps.now())
    await sessions.insertSession(tx, {
      id: hashToken(token),
      account_id: account.id,
      csrf_token: csrfToken,
      expires_at: new Date(deps.now().getTime() + policyOf(deps).maxHours * 3600_000),
      last_seen_at: deps.now(),
    })
    await updateAccount(tx, account.id, { last_login_at: deps.now() })
    await appendAudit(tx, {
      actorId: account.id,
      actorName: account.username,
      action: 'auth.login',
      entity: 'account',
      entityId: account.id,
    })
  })
  const fresh = await findAccountById(deps.db, account.id)
  return {
    token,
    csrfToken,
    account: presentAccount(fresh ?? account),
    mustChangePassword: mustChangePassword(deps, account),
    maxAgeSeconds: policyOf(deps).maxHours * 3600,
  }
}

/** The actor behind a session token, or undefined when the session is unknown or expired. */
export async function resolveSession(deps: Deps, token: string) {
  // Session and account in one read, kept until the next write: a logout, a password change or
  // a disabled account is a write, so the next request reads again. Expiry is checked here.
  const id = hashToken(token)
  const session = await deps.cache.memo(`session:${id}`, () =>
    sessions.findSessionWithAccount(deps.db, id, deps.now()),
  )
  const now = deps.now()
  if (!session?.active || session.expires_at.getTime() <= now.getTime()) return undefined
  if (!(await keepAlive(deps, id, session, now))) return undefined
  const actor: Actor = {
    accountId: session.account_id,
    username: session.username,
    roles: session.roles as Role[],
    scopePath: session.scope_path ?? null,
    legacyScopePaths: await findMergedLegacyPaths(deps, session.scope_path ?? null),
  }
  return {
    actor,
    sessionId: session.id,
    csrfToken: session.csrf_token,
    mustChangePassword: mustChangePassword(deps, session),
  }
}

/**
 * The idle timeout: false when the session has had no request for idleMinutes. The cached row's
 * `last_seen_at` is this process's view; another process may have seen the session since, so
 * an idle-looking row is read afresh before the session is ended. At most once a minute the
 * time is written (and the cached row moved along with it).
 */
async function keepAlive(deps: Deps, id: string, session: { last_seen_at: Date }, now: Date) {
  const idleMs = policyOf(deps).idleMinutes * 60_000
  if (now.getTime() - session.last_seen_at.getTime() > idleMs) {
    const fresh = await sessions.findSessionWithAccount(deps.db, id, now)
    if (!fresh || now.getTime() - fresh.last_seen_at.getTime() > idleMs) return false
    session.last_seen_at = fresh.last_seen_at
  }
  if (now.getTime() - session.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
    await sessions.touchSession(deps.db.withoutPlugins(), id, now)
    session.last_seen_at = now
  }
  return true
}

export async function readSession(deps: Deps, actor: Actor, csrfToken: string) {
  const account = await findAccountById(deps.db, actor.accountId)
  if (!account) throw new AppError('UNAUTHENTICATED')
  return { account: presentAccount(account), csrfToken }
}

export async function logout(deps: Deps, actor: Actor, sessionId: string) {
  await deps.db.transaction().execute(async (tx) => {
    await sessions.deleteSession(tx, sessionId)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'auth.logout',
      entity: 'account',
      entityId: actor.accountId,
    })
  })
}

/** A failed or refused login in the audit log: the name typed, the account if any, the source. */
async function auditLoginAttempt(
  db: Kysely<Database>,
  action: 'auth.login_failed' | 'auth.login_refused',
  username: string,
  accountId: number | undefined,
  ip: string,
) {
  await appendAudit(db, {
    actorId: accountId ?? null,
    actorName: username,
    action,
    entity: 'account',
    entityId: accountId,
    after: { ip },
  })
}

export async function changePassword(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  input: ChangePasswordInput,
) {
  const account = await findAccountById(deps.db, actor.accountId)
  if (!account || !(await verifyPassword(account.password_hash, input.currentPassword)))
    throw new AppError('INVALID_CREDENTIALS', 'Mật khẩu hiện tại không đúng')
  assertStrongPassword(input.newPassword)
  const passwordHash = await hashPassword(input.newPassword)
  await deps.db.transaction().execute(async (tx) => {
    // A demo account given a password of its own is a real account from now on.
    await updateAccount(tx, account.id, { password_hash: passwordHash, demo: false })
    // Other sessions of this account end: a changed password must lock out a thief.
    await sessions.deleteSessionsOf(tx, account.id, sessionId)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'auth.password_change',
      entity: 'account',
      entityId: account.id,
    })
  })
}
