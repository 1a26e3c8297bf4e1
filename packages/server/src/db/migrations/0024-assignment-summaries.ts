import { sql, type Kysely } from 'kysely'

// Issue 11 item 9 (ADR 023): the plan owner's scorecard counted one plan's ~16,500 shares per
// request (296 ms p95 uncached at national size). A summary row per plan, year, owner body and
// due date holds the counts that do not depend on the day; the scorecard sums a few hundred of
// them and splits open shares into overdue or not by comparing the due date with today.
// Statement-level triggers with transition tables keep it in the same transaction as every
// write to `assignments` (generation's bulk insert, a review, a cancellation), so no write path
// can forget it; the rows are derived and never audited themselves.
// A cancelled share (its task left the plan) is kept but counted nowhere.
const COUNTS = `count(*) filter (where review <> 'cancelled') as total,
  count(*) filter (where review = 'accepted' and completed_on <= due_date) as on_time,
  count(*) filter (where review = 'accepted' and completed_on > due_date) as late,
  count(*) filter (where review = 'submitted') as submitted,
  count(*) filter (where review in ('open', 'returned')) as open_total,
  count(*) filter (where review in ('open', 'returned') and status = 'in_progress') as open_in_progress,
  count(*) filter (where review in ('open', 'returned') and status = 'not_started') as open_not_started`
const KEY = 'plan_key, year, owner_unit_id, due_date'
const COLUMNS = [
  'total',
  'on_time',
  'late',
  'submitted',
  'open_total',
  'open_in_progress',
  'open_not_started',
]

function apply(rows: string, sign: '+' | '-') {
  const set = COLUMNS.map((c) => `${c} = assignment_summaries.${c} + excluded.${c}`).join(', ')
  const values = COLUMNS.map((c) => `${sign}${c}`).join(', ')
  return `insert into assignment_summaries (${KEY}, ${COLUMNS.join(', ')})
    select ${KEY}, ${values} from (select ${KEY}, ${COUNTS} from ${rows} group by ${KEY}) g
    on conflict (${KEY}) do update set ${set};`
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Closing a share whose task left the plan (a published version without it): review
  // `cancelled`, its event `cancel`, never a deletion.
  await sql`alter table assignments drop constraint assignments_review_check`.execute(db)
  await sql`alter table assignments add constraint assignments_review_check
    check (review in ('open', 'submitted', 'returned', 'accepted', 'cancelled'))`.execute(db)
  await sql`alter table assignment_events drop constraint assignment_events_action_check`.execute(
    db,
  )
  await sql`alter table assignment_events add constraint assignment_events_action_check
    check (action in ('note', 'submit', 'accept', 'return', 'chase', 'cancel'))`.execute(db)
  await sql`
    create table assignment_summaries (
      plan_key text not null,
      year integer not null,
      owner_unit_id integer not null,
      due_date date not null,
      ${sql.raw(COLUMNS.map((c) => `${c} integer not null default 0`).join(', '))},
      primary key (plan_key, year, owner_unit_id, due_date)
    )`.execute(db)
  await sql`insert into assignment_summaries (${sql.raw(KEY)}, ${sql.raw(COLUMNS.join(', '))})
    select ${sql.raw(KEY)}, ${sql.raw(COUNTS)} from assignments group by ${sql.raw(KEY)}`.execute(
    db,
  )
  await sql
    .raw(
      `create or replace function antq_assignment_summaries_apply() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then ${apply('old_rows', '-')} end if;
        if tg_op in ('UPDATE', 'INSERT') then ${apply('new_rows', '+')} end if;
        return null;
      end $$`,
    )
    .execute(db)
  // One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
  await sql`create trigger assignment_summaries_insert after insert on assignments
    referencing new table as new_rows
    for each statement execute function antq_assignment_summaries_apply()`.execute(db)
  await sql`create trigger assignment_summaries_update after update on assignments
    referencing old table as old_rows new table as new_rows
    for each statement execute function antq_assignment_summaries_apply()`.execute(db)
  await sql`create trigger assignment_summaries_delete after delete on assignments
    referencing old table as old_rows
    for each statement execute function antq_assignment_summaries_apply()`.execute(db)
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Migrations are forward-only'))
}
