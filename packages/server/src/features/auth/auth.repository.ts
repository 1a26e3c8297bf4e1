import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export async function insertSession(
  db: Kysely<Database>,
  session: {
    id: string
    account_id: number
    csrf_token: string
    expires_at: Date
    last_seen_at: Date
  },
) {
  await db.insertInto('sessions').values(session).execute()
}

/** A live session with what the actor needs from its account: one statement per request. */
export function findSessionWithAccount(db: Kysely<Database>, id: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .leftJoin('units', 'units.id', 'accounts.scope_unit_id')
    .select([
      'sessions.id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'accounts.id as account_id',
      'accounts.demo',
    ])
    .select(['accounts.username', 'accounts.roles', 'accounts.active', 'units.path as scope_path'])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst()
}

/**
 * The session's last request. `db` is the handle without the data-generation plugin: a session
 * seen again is no change any cached read depends on (ADR 027), and migration 0027's trigger
 * does not announce it either.
 */
export async function touchSession(db: Kysely<Database>, id: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute()
}

export async function deleteSession(db: Kysely<Database>, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

export async function deleteSessionsOf(db: Kysely<Database>, accountId: number, exceptId?: string) {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId)
  if (exceptId) query = query.where('id', '!=', exceptId)
  await query.execute()
}

/** `at` comes from the app clock, like the window it is counted against. */
export async function recordLoginAttempt(
  db: Kysely<Database>,
  username: string,
  ip: string,
  success: boolean,
  at: Date,
) {
  await db.insertInto('login_attempts').values({ username, ip, success, at }).execute()
}

/** Failed attempts since `since`: of this username from this address, from it, and on the username. */
export async function countRecentFailures(
  db: Kysely<Database>,
  username: string,
  ip: string,
  since: Date,
) {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere((filter) =>
          filter.and([filter('username', '=', username), filter('ip', '=', ip)]),
        )
        .as('by_pair'),
      eb.fn.countAll<number>().filterWhere('username', '=', username).as('by_user'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('by_ip'),
    ])
    .where('success', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb('username', '=', username), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow()
  return {
    sourceAndAccount: Number(row.by_pair),
    source: Number(row.by_ip),
    account: Number(row.by_user),
  }
}
