// What the register page shows of a model for a year: its record, sites and teams (HD 22's
// count), the year's plan and reviews with the rating each earned, and whether it is effective.
import {
  isEffectiveRating,
  isPlanAtStart,
  latestReview,
  MODEL_BODIES,
  MODEL_RATING_LABELS,
  MODEL_REVIEW_PERIODS,
  modelTypeLabel,
  periodOrder,
  type RegisterRating,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import * as repo from './models.repository'

type Row = Awaited<ReturnType<typeof repo.listModels>>[number]

export async function presentModels(db: Kysely<Database>, rows: readonly Row[], year: number) {
  const ids = rows.map((row) => row.id)
  const [sites, plans, reviews] = await Promise.all([
    repo.listSites(db, ids),
    repo.listPlans(db, ids, year),
    repo.listReviews(db, ids, year),
  ])
  return rows.map((row) => {
    const own = sites.filter((site) => site.model_id === row.id)
    const plan = plans.find((each) => each.model_id === row.id)
    const yearReviews = reviews
      .filter((review) => review.model_id === row.id)
      .sort((a, b) => periodOrder(a.period) - periodOrder(b.period))
    const latest = latestReview(yearReviews)
    const rating = (latest?.rating ?? null) as RegisterRating | null
    return {
      ...{
        id: row.id,
        name: row.name,
        typeId: row.type_id,
        typeLabel: modelTypeLabel(row.type_id),
      },
      ...{ body: row.body, bodyLabel: MODEL_BODIES[row.body] },
      host: { id: row.host_unit_id, name: row.host_name },
      ...{ members: row.members, startedOn: row.started_on, zaloGroup: row.zalo_group },
      ...{ status: row.status, endedOn: row.ended_on, endReason: row.end_reason },
      ...{ replacedBy: row.replaced_by, rowVersion: row.row_version },
      sites: own.map((site) => ({ unitId: site.unit_id, name: site.name, teams: site.teams })),
      siteCount: own.length,
      teamCount: own.reduce((total, site) => total + site.teams, 0),
      plan: plan
        ? {
            ...{ adoptedOn: plan.adopted_on, targetCount: plan.target_count },
            ...{ summary: plan.summary, atStart: isPlanAtStart(year, plan.adopted_on) },
          }
        : null,
      reviews: yearReviews.map((review) => ({
        period: review.period,
        periodLabel: MODEL_REVIEW_PERIODS.find((each) => each.id === review.period)?.label,
        ...{ targetsDone: review.targets_done, targetsTotal: review.targets_total },
        share: review.targets_done / review.targets_total,
        rating: review.rating,
        ratingLabel: MODEL_RATING_LABELS[review.rating as RegisterRating],
        ...{ reviewedOn: review.reviewed_on, note: review.note, by: review.reviewed_by },
      })),
      rating,
      ratingLabel: rating ? MODEL_RATING_LABELS[rating] : null,
      effective: row.status === 'active' && isEffectiveRating(rating),
    }
  })
}
