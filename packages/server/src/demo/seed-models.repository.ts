// SQL of the demo's model register: the units' year figures, their names, and the models with
// their sites, plans and reviews inserted in the caller's transaction.
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { ModelBody } from '../db/schema-models'
import { SYSTEM_ACTOR } from './seed-demo'

export type ModelDraft = {
  hostUnitId: number
  body: ModelBody
  name: string
  typeId: string
  members: number
  startedOn: string
  zaloGroup: string | null
  sites: { unitId: number; teams: number }[]
  plan: { year: number; adoptedOn: string; targetCount: number }
  reviews: {
    period: string
    targetsDone: number
    targetsTotal: number
    rating: string
    reviewedOn: string
  }[]
}

export async function hasModelsUnder(db: Kysely<Database>, unitIds: readonly number[]) {
  if (unitIds.length === 0) return true
  const row = await db
    .selectFrom('models')
    .select('id')
    .where('host_unit_id', 'in', [...unitIds])
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

/** Each unit's yearly report figures (else its latest of the year). */
export async function listYearFigures(db: Kysely<Database>, planKey: string, year: number) {
  const rows = await db
    .selectFrom('reports')
    .select(['unit_id', 'period_id', 'figures'])
    .where('plan_key', '=', planKey)
    .where((eb) =>
      eb.or([eb('period_id', '=', String(year)), eb('period_id', 'like', `${year}-%`)]),
    )
    .orderBy('period_id')
    .execute()
  const figures = new Map<number, Record<string, unknown>>()
  for (const row of rows) figures.set(row.unit_id, (row.figures ?? {}) as Record<string, unknown>)
  return figures
}

export async function listNames(db: Kysely<Database>, unitIds: readonly number[]) {
  const names = new Map<number, string>()
  for (let start = 0; start < unitIds.length; start += 2000) {
    const chunk = unitIds.slice(start, start + 2000)
    for (const row of await db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', 'in', chunk)
      .execute())
      names.set(row.id, row.name)
  }
  return names
}

/** The drafts in a few multi-row inserts (ids matched back by host and name, unique here). */
export async function insertModels(db: Kysely<Database>, drafts: readonly ModelDraft[]) {
  const by = SYSTEM_ACTOR.username
  const at = new Date()
  for (let start = 0; start < drafts.length; start += 500) {
    const chunk = drafts.slice(start, start + 500)
    const inserted = await db
      .insertInto('models')
      .values(
        chunk.map((draft) => ({
          ...{ host_unit_id: draft.hostUnitId, body: draft.body, name: draft.name },
          ...{ type_id: draft.typeId, members: draft.members, started_on: draft.startedOn },
          ...{ zalo_group: draft.zaloGroup, created_by: by, created_at: at },
          ...{ updated_by: by, updated_at: at },
        })),
      )
      .returning(['id', 'host_unit_id', 'name'])
      .execute()
    const ids = new Map(inserted.map((row) => [`${row.host_unit_id}|${row.name}`, row.id]))
    const idOf = (draft: ModelDraft) => ids.get(`${draft.hostUnitId}|${draft.name}`) ?? 0
    const sites = chunk.flatMap((draft) =>
      draft.sites.map((site) => ({
        model_id: idOf(draft),
        unit_id: site.unitId,
        teams: site.teams,
      })),
    )
    if (sites.length > 0) await db.insertInto('model_sites').values(sites).execute()
    await db
      .insertInto('model_plans')
      .values(
        chunk.map((draft) => ({
          ...{ model_id: idOf(draft), year: draft.plan.year, adopted_on: draft.plan.adoptedOn },
          ...{ target_count: draft.plan.targetCount, summary: '' },
        })),
      )
      .execute()
    const reviews = chunk.flatMap((draft) =>
      draft.reviews.map((review) => ({
        ...{ model_id: idOf(draft), year: draft.plan.year, period: review.period },
        ...{ targets_done: review.targetsDone, targets_total: review.targetsTotal },
        ...{ rating: review.rating, reviewed_on: review.reviewedOn, note: '', reviewed_by: by },
      })),
    )
    if (reviews.length > 0) await db.insertInto('model_reviews').values(reviews).execute()
  }
}
