// SQL of the e-mail outbox and the daily reminder runs (ADR 029). Claims are one UPDATE (or
// INSERT … ON CONFLICT) each, so two server processes on one PostgreSQL never take the same row;
// a claim older than the stale limit (a process that died) is taken again.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export async function enqueueEmails(
  db: Kysely<Database>,
  rows: {
    account_id: number
    dedup_key: string
    to_address: string
    subject: string
    body: string
  }[],
) {
  if (rows.length === 0) return []
  const inserted = await db
    .insertInto('email_outbox')
    .values(rows)
    .onConflict((conflict) => conflict.column('dedup_key').doNothing())
    .returning('id')
    .execute()
  return inserted.map((row) => row.id)
}

export type ClaimedEmail = { id: number; to_address: string; subject: string; body: string }

/** Takes up to `limit` unsent rows for this worker (SKIP LOCKED: another worker takes others). */
export async function claimEmails(
  db: Kysely<Database>,
  input: { worker: string; now: Date; staleBefore: Date; limit: number; ids?: number[] },
): Promise<ClaimedEmail[]> {
  const only = input.ids ? sql`and id in (${sql.join(input.ids)})` : sql``
  const result = await sql<ClaimedEmail>`
    update email_outbox
       set claimed_at = ${input.now}, claimed_by = ${input.worker}, attempts = attempts + 1
     where id in (
       select id from email_outbox
        where sent_at is null and attempts < 10
          and (claimed_at is null or claimed_at < ${input.staleBefore}) ${only}
        order by id
        limit ${input.limit}
        for update skip locked)
    returning id, to_address, subject, body`.execute(db)
  return result.rows
}

export async function markEmailSent(db: Kysely<Database>, id: number, at: Date) {
  await db
    .updateTable('email_outbox')
    .set({ sent_at: at, last_error: null })
    .where('id', '=', id)
    .execute()
}

/** A failed send frees the claim so the next tick tries again (up to ten attempts). */
export async function markEmailFailed(db: Kysely<Database>, id: number, error: string) {
  await db
    .updateTable('email_outbox')
    .set({ claimed_at: null, claimed_by: null, last_error: error.slice(0, 500) })
    .where('id', '=', id)
    .execute()
}

export async function countPendingEmails(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('email_outbox')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('sent_at', 'is', null)
    .executeTakeFirst()
  return row?.n ?? 0
}

/** Active accounts whose run for the day is neither done nor freshly claimed. */
export function listAccountsToRemind(
  db: Kysely<Database>,
  input: { date: string; staleBefore: Date; limit: number },
) {
  return db
    .selectFrom('accounts as a')
    .select('a.id')
    .where('a.active', '=', true)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('reminder_runs as r')
            .select('r.account_id')
            .whereRef('r.account_id', '=', 'a.id')
            .where('r.run_date', '=', input.date)
            .where((inner) =>
              inner.or([
                inner('r.done_at', 'is not', null),
                inner('r.claimed_at', '>=', input.staleBefore),
              ]),
            ),
        ),
      ),
    )
    .orderBy('a.id')
    .limit(input.limit)
    .execute()
}

/** Claims an account's run for the day; false when another worker holds or finished it. */
export async function claimRun(
  db: Kysely<Database>,
  input: { accountId: number; date: string; worker: string; now: Date; staleBefore: Date },
): Promise<boolean> {
  const result = await sql<{ account_id: number }>`
    insert into reminder_runs (account_id, run_date, claimed_at, claimed_by)
    values (${input.accountId}, ${input.date}, ${input.now}, ${input.worker})
    on conflict (account_id, run_date) do update
       set claimed_at = excluded.claimed_at, claimed_by = excluded.claimed_by
     where reminder_runs.done_at is null and reminder_runs.claimed_at < ${input.staleBefore}
    returning account_id`.execute(db)
  return result.rows.length > 0
}

export async function finishRun(db: Kysely<Database>, accountId: number, date: string, at: Date) {
  await db
    .updateTable('reminder_runs')
    .set({ done_at: at })
    .where('account_id', '=', accountId)
    .where('run_date', '=', date)
    .execute()
}

/** Whether every active account's run of the day is done (the digests wait for escalations). */
export async function allRunsDone(db: Kysely<Database>, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('accounts as a')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('a.active', '=', true)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('reminder_runs as r')
            .select('r.account_id')
            .whereRef('r.account_id', '=', 'a.id')
            .where('r.run_date', '=', date)
            .where('r.done_at', 'is not', null),
        ),
      ),
    )
    .executeTakeFirst()
  return (row?.n ?? 0) === 0
}

/** The day's reminders of every account with e-mail on and no digest queued yet. */
export function listDigestLines(db: Kysely<Database>, date: string) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('accounts as a', 'a.id', 'n.account_id')
    .select(['n.account_id', 'a.email', 'n.message', 'n.link'])
    .where('n.digest_date', '=', date)
    .where('a.active', '=', true)
    .where('a.notify_email', '=', true)
    .where('a.email', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('email_outbox as o')
            .select('o.id')
            .where('o.dedup_key', '=', sql<string>`'digest:' || n.account_id || ':' || ${date}`),
        ),
      ),
    )
    .orderBy('n.account_id')
    .orderBy('n.id')
    .execute()
}
