// What an upward report draws from the record under the reporting unit for a plan's year:
// registrations, evaluations, recognitions and the awards decided (SQL only).
import { sql, type Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

type Db = Kysely<Database>
const under = (path: string) => `${escapeLike(path)}%`

export async function countRegistrations(db: Db, planKey: string, year: number, path: string) {
  const row = await db
    .selectFrom('registrations')
    .select([
      sql<number>`count(*) filter (where take_part)`.as('taking_part'),
      sql<number>`count(*) filter (where take_part and strives_for_antt)`.as('strives_for_antt'),
      sql<number>`count(*) filter (where take_part and builds_exemplary)`.as('builds_exemplary'),
    ])
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .where('unit_path', 'like', under(path))
    .executeTakeFirstOrThrow()
  return {
    takingPart: Number(row.taking_part),
    strivesForAntt: Number(row.strives_for_antt),
    buildsExemplary: Number(row.builds_exemplary),
  }
}

/** Evaluations of the year under the unit, counted per kind and result. */
export async function countEvaluations(db: Db, year: number, path: string) {
  const rows = await db
    .selectFrom('evaluations')
    .select(['kind', 'result', sql<number>`count(*)`.as('count')])
    .where('evaluation_year', '=', year)
    .where('unit_path', 'like', under(path))
    .groupBy(['kind', 'result'])
    .orderBy('kind')
    .orderBy('result')
    .execute()
  return rows.map((row) => ({ kind: row.kind, result: row.result, count: Number(row.count) }))
}

/** Recognitions of the plan's year under the unit, counted per kind and status. */
export async function countRecognitions(db: Db, planKey: string, year: number, path: string) {
  const rows = await db
    .selectFrom('recognitions')
    .select(['kind', 'status', sql<number>`count(*)`.as('count')])
    .where('plan_key', '=', planKey)
    .where('year', '=', year)
    .where('unit_path', 'like', under(path))
    .groupBy(['kind', 'status'])
    .orderBy('kind')
    .orderBy('status')
    .execute()
  return rows.map((row) => ({ kind: row.kind, status: row.status, count: Number(row.count) }))
}

/** Signed decisions' live items for nominations proposed under the unit, per award form. */
export async function countDecidedAwards(db: Db, planKey: string, year: number, path: string) {
  const rows = await db
    .selectFrom('decision_items as i')
    .innerJoin('decisions as d', 'd.id', 'i.decision_id')
    .innerJoin('nominations as n', 'n.id', 'i.nomination_id')
    .select([
      'd.award_form_name',
      sql<number>`count(*) filter (where n.subject_kind = 'collective')`.as('collectives'),
      sql<number>`count(*) filter (where n.subject_kind = 'individual')`.as('individuals'),
    ])
    .where('d.plan_key', '=', planKey)
    .where('d.year', '=', year)
    .where('d.status', '=', 'signed')
    .where('i.status', '=', 'decided')
    .where('n.proposing_unit_path', 'like', under(path))
    .groupBy('d.award_form_name')
    .orderBy('d.award_form_name')
    .execute()
  return rows.map((row) => ({
    awardForm: row.award_form_name,
    collectives: Number(row.collectives),
    individuals: Number(row.individuals),
  }))
}

/** The plan's task shares of the year owned under the unit, per task, as judged on `today`. */
export async function countAssignments(
  db: Db,
  input: { planKey: string; year: number; path: string; today: string },
) {
  const open = sql`review in ('open', 'returned')`
  const rows = await db
    .selectFrom('assignments')
    .select('task_id')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) filter (where review = 'accepted'))::int`.as('done'),
      sql<number>`(count(*) filter (where review = 'accepted' and completed_on > due_date))::int`.as(
        'done_late',
      ),
      sql<number>`(count(*) filter (where ${open} and due_date < ${input.today}::date))::int`.as(
        'overdue',
      ),
    ])
    .where('plan_key', '=', input.planKey)
    .where('year', '=', input.year)
    .where('owner_unit_path', 'like', under(input.path))
    .groupBy('task_id')
    .execute()
  return rows.map((row) => ({
    taskId: row.task_id,
    total: Number(row.total),
    done: Number(row.done),
    doneLate: Number(row.done_late),
    overdue: Number(row.overdue),
  }))
}
export type TaskProgress = Awaited<ReturnType<typeof countAssignments>>[number]
