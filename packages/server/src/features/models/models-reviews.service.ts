// A model's yearly plan (its own targets, made at the start of the year) and its reviews each
// quarter / six months / nine months / year: the rating a review earns is core's, from the share
// of the plan's targets completed. One transaction each, with history, audit and recompute.
import { AppError, checkReview, vietnamDateOf, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { loadRecordable } from './models.access'
import * as repo from './models.repository'
import { getModel } from './models.service'
import { recordChange } from './models-write'
import type { SavePlanInput, SaveReviewInput } from './models.schemas'

async function sitePaths(deps: Deps, model: { id: number; host_path: string }) {
  const sites = await repo.listSites(deps.db, [model.id])
  return [model.host_path, ...sites.map((site) => site.path)]
}

export async function savePlan(
  deps: Deps,
  actor: Actor,
  id: number,
  year: number,
  input: SavePlanInput,
) {
  const model = await loadRecordable(deps.db, actor, id)
  const [before] = await repo.listPlans(deps.db, [id], year)
  const reviews = await repo.listReviews(deps.db, [id], year)
  const most = Math.max(0, ...reviews.map((review) => review.targets_done))
  if (input.targetCount < most)
    throw new AppError('VALIDATION', `Đã đánh giá hoàn thành ${most} chỉ tiêu trong năm ${year}`, [
      { path: 'targetCount', message: `Số chỉ tiêu không được nhỏ hơn ${most}` },
    ])
  if (
    input.adoptedOn.slice(0, 4) !== String(year) &&
    input.adoptedOn.slice(0, 4) !== String(year - 1)
  )
    throw new AppError(
      'VALIDATION',
      'Ngày lập kế hoạch phải trong năm kế hoạch hoặc cuối năm trước',
      [{ path: 'adoptedOn', message: 'Ngày lập không hợp lệ' }],
    )
  const paths = await sitePaths(deps, model)
  await deps.db.transaction().execute(async (tx) => {
    await repo.upsertPlan(tx, {
      ...{ model_id: id, year, adopted_on: input.adoptedOn },
      ...{ target_count: input.targetCount, summary: input.summary },
    })
    await recordChange(deps, tx, {
      ...{ actor, modelId: id, action: 'plan', before: before ?? null, after: { year, ...input } },
      ...{ reason: null, paths, years: [year] },
    })
  })
  return getModel(deps, actor, id, year)
}

export async function saveReview(
  deps: Deps,
  actor: Actor,
  params: { id: number; year: number; period: string },
  input: SaveReviewInput,
) {
  const { id, year, period } = params
  const model = await loadRecordable(deps.db, actor, id)
  const [plan] = await repo.listPlans(deps.db, [id], year)
  const { problems, rating } = checkReview({
    ...{ year, period, targetsDone: input.targetsDone, reviewedOn: input.reviewedOn },
    plan: plan ? { targetCount: plan.target_count } : null,
    model: { startedOn: model.started_on, endedOn: model.ended_on },
  })
  if (!plan || !rating || problems.length > 0)
    throw new AppError('VALIDATION', 'Kết quả đánh giá mô hình không hợp lệ', problems)
  if (input.reviewedOn > vietnamDateOf(deps.now()))
    throw new AppError('VALIDATION', 'Ngày đánh giá không được sau hôm nay', [
      { path: 'reviewedOn', message: 'Ngày đánh giá sau hôm nay' },
    ])
  const before = (await repo.listReviews(deps.db, [id], year)).find((row) => row.period === period)
  const paths = await sitePaths(deps, model)
  await deps.db.transaction().execute(async (tx) => {
    await repo.upsertReview(tx, {
      ...{ model_id: id, year, period, targets_done: input.targetsDone },
      ...{ targets_total: plan.target_count, rating, reviewed_on: input.reviewedOn },
      ...{ note: input.note, reviewed_by: actor.username },
    })
    await recordChange(deps, tx, {
      ...{ actor, modelId: id, action: 'review', before: before ?? null },
      after: { year, period, ...input, rating },
      ...{ reason: null, paths, years: [year] },
    })
  })
  return getModel(deps, actor, id, year)
}
