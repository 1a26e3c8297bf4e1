// The records behind a world's typed figures (issue 12 item 6): the targets read the activity
// log and the model register, so a world that types "households reached 950" or "2 effective
// models of 3" also records one session reaching 950 households, or 3 models 2 of them rated
// Tốt — the figures the hand computations of world-<nnn>.test.ts were written from.
import type { Kysely } from 'kysely'
import type { Database } from '../src/db/schema'

const SESSIONS: Readonly<Record<string, { kind: string; audience: string }>> = {
  'propaganda.households_reached': { kind: 'session', audience: 'households' },
  'propaganda.staff_reached': { kind: 'session', audience: 'staff' },
  'propaganda.pupils_reached': { kind: 'session', audience: 'pupils' },
  'propagandists.trained': { kind: 'training', audience: 'propagandists' },
}
const ITEMS: Readonly<Record<string, string>> = {
  'media.provincial_articles': 'provincial_article',
  'media.district_broadcasts': 'district_broadcast',
}
const BODIES = [
  { count: 'models.count', effective: 'models.effective', body: 'model' },
  {
    count: 'self_managed.boards',
    effective: 'self_managed.boards_effective',
    body: 'self_managed_board',
  },
] as const

const whole = (value: unknown) => (typeof value === 'number' ? Math.max(0, Math.round(value)) : 0)

/** Records the typed figures of a unit's report of `year` as activities and models. */
export async function recordTypedFigures(
  db: Kysely<Database>,
  unitId: number,
  year: number,
  typed: Readonly<Record<string, unknown>>,
) {
  const at = new Date(`${year}-06-15T03:00:00Z`)
  const base = { unit_id: unitId, held_on: `${year}-06-15`, recorded_by: 'world', recorded_at: at }
  const rows: Parameters<ReturnType<Kysely<Database>['insertInto']>['values']>[0][] = []
  for (const [field, value] of Object.entries(typed)) {
    const session = SESSIONS[field]
    if (session && typeof value === 'number')
      rows.push({ ...base, ...session, reached: whole(value), title: field })
    const kind = ITEMS[field]
    for (let n = 0; kind && n < whole(value); n++)
      rows.push({ ...base, kind, audience: 'public', reached: null, title: `${field} ${n + 1}` })
  }
  if (rows.length > 0)
    await db
      .insertInto('activities')
      .values(rows as never)
      .execute()
  for (const { count, effective, body } of BODIES) {
    const total = Math.max(whole(typed[count]), whole(typed[effective]))
    const zalo = body === 'model' ? whole(typed['models.with_zalo_group']) : 0
    for (let n = 0; n < total; n++)
      await recordModel(db, unitId, year, body, {
        good: n < whole(typed[effective]),
        zalo: n < zalo,
      })
  }
}

async function recordModel(
  db: Kysely<Database>,
  unitId: number,
  year: number,
  body: string,
  { good, zalo }: { good: boolean; zalo: boolean },
) {
  const at = new Date(`${year}-01-15T03:00:00Z`)
  const model = await db
    .insertInto('models')
    .values({
      ...{ host_unit_id: unitId, body, name: `Mô hình ${unitId}`, type_id: 'tu-quan-antt' },
      ...{ started_on: `${year}-01-15`, zalo_group: zalo ? 'Nhóm Zalo' : null },
      ...{ created_by: 'world', created_at: at, updated_by: 'world', updated_at: at },
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('model_reviews')
    .values({
      ...{ model_id: model.id, year, period: 'year', targets_total: 10 },
      ...{ targets_done: good ? 10 : 3, rating: good ? 'tot' : 'yeu' },
      ...{ reviewed_on: `${year}-12-10`, reviewed_by: 'world' },
    } as never)
    .execute()
}
