// SQL of notifications (ADR 029): the rows people read, who a unit's accounts are and how they
// want to be told, and a plan's reminder rules. Outbox and run claims are in outbox.repository.
import { sql, type Insertable, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { NotificationTable } from '../../db/schema-notifications'

export type NewNotification = Insertable<NotificationTable>

/** Inserts what is new; a dedup key already there is skipped. Returns the rows inserted. */
export async function insertNotifications(db: Kysely<Database>, rows: NewNotification[]) {
  if (rows.length === 0) return []
  return db
    .insertInto('notifications')
    .values(rows)
    .onConflict((conflict) => conflict.column('dedup_key').doNothing())
    .returning(['id', 'account_id', 'message', 'link', 'dedup_key'])
    .execute()
}

export function listNotifications(db: Kysely<Database>, accountId: number, limit: number) {
  return db
    .selectFrom('notifications as n')
    .leftJoin('plans as p', 'p.id', 'n.plan_id')
    .select([
      'n.id',
      'n.kind',
      'n.message',
      'n.link',
      'n.created_at',
      'n.read_at',
      'n.created_by',
      'p.title as plan_title',
    ])
    .where('n.account_id', '=', accountId)
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute()
}

export async function countUnread(db: Kysely<Database>, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirst()
  return row?.n ?? 0
}

/** Marks one (or, without id, every) unread notification of the account read. */
export async function markRead(db: Kysely<Database>, accountId: number, at: Date, id?: number) {
  let query = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
  if (id !== undefined) query = query.where('id', '=', id)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

const RECIPIENT_COLUMNS = [
  'a.id',
  'a.username',
  'a.full_name',
  'a.roles',
  'a.scope_unit_id',
  'a.email',
  'a.notify_email',
  'a.notify_in_app',
] as const

/** Active accounts answering for the given units. */
export function listUnitAccounts(db: Kysely<Database>, unitIds: readonly number[]) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('accounts as a')
    .select(RECIPIENT_COLUMNS)
    .where('a.scope_unit_id', 'in', unitIds)
    .where('a.active', '=', true)
    .orderBy('a.id')
    .execute()
}
export type Recipient = Awaited<ReturnType<typeof listUnitAccounts>>[number]

export function findRecipient(db: Kysely<Database>, accountId: number) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('units as u', 'u.id', 'a.scope_unit_id')
    .select([...RECIPIENT_COLUMNS, 'u.path as scope_path', 'u.name as scope_name'])
    .select(sql<number | null>`coalesce(u.managing_unit_id, u.parent_id)`.as('managing_unit_id'))
    .where('a.id', '=', accountId)
    .where('a.active', '=', true)
    .executeTakeFirst()
}

export function findSettings(db: Kysely<Database>, accountId: number) {
  return db
    .selectFrom('accounts')
    .select(['id', 'username', 'email', 'phone', 'notify_in_app', 'notify_email'])
    .where('id', '=', accountId)
    .executeTakeFirst()
}

export async function updateSettings(
  db: Kysely<Database>,
  accountId: number,
  values: {
    email: string | null
    phone: string | null
    notify_in_app: boolean
    notify_email: boolean
  },
) {
  await db.updateTable('accounts').set(values).where('id', '=', accountId).execute()
}

export function findReminderRules(db: Kysely<Database>, planKey: string) {
  return db
    .selectFrom('reminder_rules')
    .selectAll()
    .where('plan_key', '=', planKey)
    .executeTakeFirst()
}

export function listReminderRules(db: Kysely<Database>, planKeys: readonly string[]) {
  if (planKeys.length === 0) return Promise.resolve([])
  return db.selectFrom('reminder_rules').selectAll().where('plan_key', 'in', planKeys).execute()
}

export async function upsertReminderRules(
  db: Kysely<Database>,
  row: {
    plan_key: string
    days_before: number[]
    on_day: boolean
    when_late: boolean
    escalate_after_days: number | null
    updated_by: string
    updated_at: Date
  },
) {
  await db
    .insertInto('reminder_rules')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('plan_key').doUpdateSet({
        days_before: row.days_before,
        on_day: row.on_day,
        when_late: row.when_late,
        escalate_after_days: row.escalate_after_days,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
        row_version: sql`reminder_rules.row_version + 1`,
      }),
    )
    .execute()
}

/** Plan keys of plan ids (the todo's plans carry ids; rules and dedup keys use the key). */
export function listPlanKeys(db: Kysely<Database>, planIds: readonly number[]) {
  if (planIds.length === 0) return Promise.resolve([])
  return db.selectFrom('plans').select(['id', 'plan_key']).where('id', 'in', planIds).execute()
}

export function findPlanTitle(db: Kysely<Database>, planId: number) {
  return db
    .selectFrom('plans')
    .select(['title', 'plan_key'])
    .where('id', '=', planId)
    .executeTakeFirst()
}

export function findUnitPath(db: Kysely<Database>, unitId: number) {
  return db.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirst()
}
