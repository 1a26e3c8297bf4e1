// SQL of the assignments feature: the shares of plan tasks, their history and evidence files.
// "Quá hạn" depends on today: lists and the scorecard derive it in SQL exactly as core's
// deriveAssignmentStatus does (accepted → done; submitted → in progress; past due → overdue).
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

export type NewAssignment = {
  plan_id: number
  plan_key: string
  task_id: string
  year: number
  occurrence: string
  owner_unit_id: number
  owner_unit_path: string
  role: 'owner' | 'co_owner'
  due_date: string
  parent_assignment_id: number | null
}

/** A follow-up action of an inspection becomes one share for its owner (source `inspection`). */
export async function insertFollowUpAssignment(
  db: Kysely<Database>,
  row: Omit<NewAssignment, 'role' | 'parent_assignment_id'> & { source_id: number },
) {
  const inserted = await db
    .insertInto('assignments')
    .values({ ...row, role: 'owner', parent_assignment_id: null, source: 'inspection' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** Inserts the shares not there yet (idempotent); the number inserted. */
export async function insertAssignments(db: Kysely<Database>, rows: readonly NewAssignment[]) {
  let inserted = 0
  for (let start = 0; start < rows.length; start += 1000) {
    const result = await db
      .insertInto('assignments')
      .values(rows.slice(start, start + 1000))
      .onConflict((oc) =>
        oc
          .columns(['plan_key', 'task_id', 'occurrence', 'owner_unit_id'])
          .where('source', '=', 'plan_task')
          .doNothing(),
      )
      .returning('id')
      .execute()
    inserted += result.length
  }
  return inserted
}

/** The parent plan's shares owned by `unitId` in `year`, for cascading a child plan's tasks. */
export function listParentShares(
  db: Kysely<Database>,
  input: { planKey: string; unitId: number; year: number },
) {
  return db
    .selectFrom('assignments')
    .select(['id', 'task_id', 'occurrence', sql<string>`to_char(due_date, 'YYYY-MM-DD')`.as('due')])
    .where('plan_key', '=', input.planKey)
    .where('owner_unit_id', '=', input.unitId)
    .where('year', '=', input.year)
    .orderBy('due_date')
    .execute()
}

/** Status on `today` (yyyy-mm-dd), as core's deriveAssignmentStatus. */
export function statusOn(today: string) {
  return sql<string>`case when a.review = 'cancelled' then 'cancelled'
    when a.review = 'accepted' then 'done'
    when a.review = 'submitted' then 'in_progress'
    when a.due_date < ${today}::date then 'overdue' else a.status end`
}

/** What a list shows (a body's list is timed at 50 concurrent: every column costs there). */
const LIST_COLUMNS = [
  'a.id',
  'a.plan_id',
  'a.task_id',
  'a.year',
  'a.occurrence',
  'a.owner_unit_id',
  'a.role',
  'a.review',
  'a.return_reason',
  'a.parent_assignment_id',
  'a.row_version',
  'u.name as owner_name',
  // The owner's current path (a scope check reads it; the share's own copy may be older).
  'u.path as owner_path',
] as const
function selectShares(db: Kysely<Database>, today: string) {
  return selectListShares(db, today).select(['a.plan_key', 'a.owner_unit_path', 'a.source'])
}
export type ShareRow = Awaited<ReturnType<ReturnType<typeof selectShares>['execute']>>[number]
export type ShareListRow = Awaited<
  ReturnType<ReturnType<typeof selectListShares>['execute']>
>[number]

function selectListShares(db: Kysely<Database>, today: string) {
  return (
    db
      .selectFrom('assignments as a')
      .innerJoin('units as u', 'u.id', 'a.owner_unit_id')
      .select(LIST_COLUMNS)
      // A follow-up action of an inspection has no plan task: its words are the action's. A
      // scalar read only for such shares (a join cost every list ~0.6 ms at 50 concurrent).
      .select(
        sql<string | null>`case when a.source = 'inspection' then
          (select ia.what from inspection_actions ia where ia.id = a.source_id) end`.as(
          'action_what',
        ),
      )
      .select([
        sql<string>`to_char(a.due_date, 'YYYY-MM-DD')`.as('due'),
        sql<string | null>`to_char(a.submitted_on, 'YYYY-MM-DD')`.as('submitted_on'),
        sql<string | null>`to_char(a.completed_on, 'YYYY-MM-DD')`.as('completed_on'),
        statusOn(today).as('status'),
      ])
  )
}

export function findShare(db: Kysely<Database>, id: number, today: string) {
  return selectShares(db, today).where('a.id', '=', id).executeTakeFirst()
}

export type ShareFilter = {
  year: number
  status?: string
  /** Overdue, or done after the due date. */
  late?: boolean
  limit: number
  offset: number
}

function filtered(db: Kysely<Database>, today: string, filter: ShareFilter) {
  let query = selectListShares(db, today).where('a.year', '=', filter.year)
  if (filter.status) query = query.where(statusOn(today), '=', filter.status)
  if (filter.late)
    query = query.where((eb) =>
      eb.or([
        eb(statusOn(today), '=', 'overdue'),
        eb.and([eb('a.review', '=', 'accepted'), eb('a.completed_on', '>', sql`a.due_date`)]),
      ]),
    )
  return query
}

/** A body's own shares (every plan), by due date. */
export function listUnitShares(
  db: Kysely<Database>,
  unitId: number,
  today: string,
  filter: ShareFilter,
) {
  return filtered(db, today, filter)
    .where('a.owner_unit_id', '=', unitId)
    .orderBy('a.due_date')
    .orderBy('a.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute()
}

/** A plan's shares for a year, optionally one body's, by body then due date. */
export function listPlanShares(
  db: Kysely<Database>,
  planKey: string,
  today: string,
  filter: ShareFilter & { unitId?: number },
) {
  let query = filtered(db, today, filter).where('a.plan_key', '=', planKey)
  if (filter.unitId !== undefined) query = query.where('a.owner_unit_id', '=', filter.unitId)
  return query
    .orderBy('a.owner_unit_id')
    .orderBy('a.due_date')
    .orderBy('a.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute()
}

/**
 * Per body of a plan year: on time, late, overdue, in progress, not started (on `today`).
 * Summed from the summary rows (one per body and due date, kept by triggers, ADR 023): an open
 * share is overdue when its due date has passed, else in progress or not started by its status.
 */
export function scorePlan(db: Kysely<Database>, planKey: string, year: number, today: string) {
  const past = sql`s.due_date < ${today}::date`
  const sum = (expression: ReturnType<typeof sql>) =>
    sql<number>`(coalesce(sum(${expression}), 0))::int`
  const counts = db
    .selectFrom('assignment_summaries as s')
    .select('s.owner_unit_id')
    .select([
      sum(sql`s.total`).as('total'),
      sum(sql`s.on_time`).as('on_time'),
      sum(sql`s.late`).as('late'),
      sum(sql`case when ${past} then s.open_total else 0 end`).as('overdue'),
      sum(sql`s.submitted + case when ${past} then 0 else s.open_in_progress end`).as(
        'in_progress',
      ),
      sum(sql`case when ${past} then 0 else s.open_not_started end`).as('not_started'),
    ])
    .where('s.plan_key', '=', planKey)
    .where('s.year', '=', year)
    .groupBy('s.owner_unit_id')
    .having(sql`sum(s.total)`, '>', 0)
    .as('s')
  return db
    .selectFrom(counts)
    .innerJoin('units as u', 'u.id', 's.owner_unit_id')
    .select(['s.owner_unit_id', 'u.name', 'u.kind'])
    .select(['s.total', 's.on_time', 's.late', 's.overdue', 's.in_progress', 's.not_started'])
    .orderBy(sql`u.sort_key collate "C"`)
    .execute()
}

/** Locks the share for a write (the workflow reads its state under the lock). */
export async function lockShare(db: Kysely<Database>, id: number) {
  await sql`select id from assignments where id = ${id} for update`.execute(db)
}

export async function updateShare(
  db: Kysely<Database>,
  id: number,
  rowVersion: number,
  values: {
    review: string
    status: string
    submitted_on?: string | null
    completed_on?: string | null
    return_reason?: string | null
    at: Date
  },
) {
  const { at, ...rest } = values
  const result = await db
    .updateTable('assignments')
    .set({ ...rest, updated_at: at, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The shares cascaded from this one (a child plan's task of the owner). */
export function listChildShares(db: Kysely<Database>, id: number, today: string) {
  return selectShares(db, today).where('a.parent_assignment_id', '=', id).orderBy('a.id').execute()
}

/** Units of `kind` in the issuer's subtree and register version (a task's `ownerLevels`). */
export function listLevelUnits(
  db: Kysely<Database>,
  input: { path: string; version: string; kind: string },
) {
  return db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('path', 'like', `${escapeLike(input.path)}%`)
    .where('version', '=', input.version)
    .where('kind', '=', input.kind)
    .orderBy('id')
    .execute()
}
