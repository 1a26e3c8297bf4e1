// The rules tying a model's record (pure): its dates, its sites, its plan and a review, each
// refusal naming the field in Vietnamese. A review's rating is never typed: it is the rating
// the share of the plan's targets earns (MODEL_RATING_THRESHOLDS, data).
import type { ErrorDetail } from '../errors/app-error'
import { formatDateVi } from '../text/dates'
import { MODEL_REVIEW_PERIODS, ratingOfShare, type RegisterRating } from './model-register'

const isRealDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

export type ModelDraft = {
  hostUnitId: number
  startedOn: string
  sites: readonly { unitId: number }[]
}

/** Problems of a model's own fields, given today (Vietnam time). */
export function modelProblems(draft: ModelDraft, today: string): ErrorDetail[] {
  const problems: ErrorDetail[] = []
  if (!isRealDay(draft.startedOn))
    problems.push({ path: 'startedOn', message: 'Ngày bắt đầu không hợp lệ' })
  else if (draft.startedOn > today)
    problems.push({ path: 'startedOn', message: 'Ngày bắt đầu không được sau hôm nay' })
  const seen = new Set<number>()
  draft.sites.forEach((site, i) => {
    if (site.unitId === draft.hostUnitId)
      problems.push({ path: `sites.${i}`, message: 'Đơn vị chủ trì không tính là điểm nhân rộng' })
    if (seen.has(site.unitId))
      problems.push({ path: `sites.${i}`, message: 'Một địa bàn chỉ là một điểm' })
    seen.add(site.unitId)
  })
  return problems
}

export type ReviewDraft = {
  year: number
  period: string
  targetsDone: number
  reviewedOn: string
  plan: { targetCount: number } | null
  model: { startedOn: string; endedOn: string | null }
}

/** The review's problems and, when none, the rating it earns. */
export function checkReview(draft: ReviewDraft): {
  problems: ErrorDetail[]
  rating: RegisterRating | null
} {
  const problems: ErrorDetail[] = []
  const period = MODEL_REVIEW_PERIODS.find((each) => each.id === draft.period)
  const periodEnd = `${draft.year}-${period?.ends ?? '12-31'}`
  if (!draft.plan)
    problems.push({
      path: 'targetsDone',
      message: `Mô hình chưa có kế hoạch năm ${draft.year}: lập kế hoạch (chỉ tiêu) trước khi đánh giá`,
    })
  else if (draft.targetsDone > draft.plan.targetCount)
    problems.push({
      path: 'targetsDone',
      message: `Số chỉ tiêu hoàn thành (${draft.targetsDone}) vượt số chỉ tiêu của kế hoạch (${draft.plan.targetCount})`,
    })
  if (!isRealDay(draft.reviewedOn))
    problems.push({ path: 'reviewedOn', message: 'Ngày đánh giá không hợp lệ' })
  else if (
    draft.reviewedOn.slice(0, 4) !== String(draft.year) &&
    draft.reviewedOn.slice(0, 4) !== String(draft.year + 1)
  )
    problems.push({
      path: 'reviewedOn',
      message: `Ngày đánh giá phải trong năm ${draft.year} hoặc đầu năm sau`,
    })
  if (draft.model.startedOn > periodEnd)
    problems.push({
      path: 'period',
      message: `Mô hình bắt đầu ngày ${formatDateVi(draft.model.startedOn)}, sau kỳ đánh giá`,
    })
  if (draft.model.endedOn !== null && draft.model.endedOn < `${draft.year}-01-01`)
    problems.push({ path: 'period', message: 'Mô hình đã giải thể hoặc thay thế trước kỳ này' })
  const rating =
    problems.length === 0 && draft.plan
      ? ratingOfShare(draft.targetsDone / draft.plan.targetCount)
      : null
  return { problems, rating }
}
