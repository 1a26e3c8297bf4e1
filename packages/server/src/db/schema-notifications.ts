// The notification tables as Kysely sees them (migration 0028, ADR 029). Kept apart from
// schema.ts so that file stays under the size limit; schema.ts intersects NotificationTables.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>

/** A plan's reminder rules (by plan key, so they outlive a new version of the plan). */
export type ReminderRuleTable = {
  plan_key: string
  days_before: number[]
  on_day: boolean
  when_late: boolean
  escalate_after_days: number | null
  row_version: Generated<number>
  updated_by: string
  updated_at: Timestamp
}

/** One notification sent to one account; the dedup key makes it never sent twice. */
export type NotificationTable = {
  id: Generated<number>
  account_id: number
  kind: 'reminder' | 'escalation' | 'nudge'
  plan_id: number | null
  message: string
  link: string
  dedup_key: string
  /** The day whose digest e-mail carries it (scheduled reminders); null: sent at once. */
  digest_date: ColumnType<string | null, string | null | undefined, string | null>
  created_by: string | null
  created_at: Timestamp
  read_at: NullableTimestamp
}

/** An e-mail to send: claimed by one process, marked sent; a stale claim is taken again. */
export type EmailOutboxTable = {
  id: Generated<number>
  account_id: number
  dedup_key: string
  to_address: string
  subject: string
  body: string
  created_at: Timestamp
  claimed_at: NullableTimestamp
  claimed_by: string | null
  attempts: Generated<number>
  last_error: string | null
  sent_at: NullableTimestamp
}

/** The daily reminder run of one account: claimed, then done. */
export type ReminderRunTable = {
  account_id: number
  run_date: string
  claimed_at: Timestamp
  claimed_by: string
  done_at: NullableTimestamp
}

export type NotificationTables = {
  reminder_rules: ReminderRuleTable
  notifications: NotificationTable
  email_outbox: EmailOutboxTable
  reminder_runs: ReminderRunTable
}
