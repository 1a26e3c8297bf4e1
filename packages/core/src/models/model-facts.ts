// What the register says of a model for a year, as formula facts (`model.*`, read by plan 000's
// model award criteria) and of a unit (`model_register.*`, read by the targets), with the typed
// report figures each register figure stands for, compared as the crime statistics are.
import { formatDateVi } from '../text/dates'
import type { RecordedFigure } from '../statistics/crime-statistics-rules'
import {
  isPlanAtStart,
  MODEL_RATING_LABELS,
  MODEL_REVIEW_PERIODS,
  periodOrder,
  type RegisterRating,
} from './model-register'

export const MODEL_REGISTER_PREFIX = 'model_register.'

/** The register's figures of a unit (models hosted in or spread to its territory). */
export const MODEL_REGISTER_FIGURES = {
  count: 'Số mô hình đang hoạt động (sổ mô hình)',
  effective: 'Số mô hình hoạt động hiệu quả (xếp loại Tốt, Khá)',
  good: 'Số mô hình xếp loại Tốt',
  with_zalo_group: 'Số mô hình có nhóm Zalo',
  sites: 'Số điểm nhân rộng mô hình',
  teams: 'Số tổ vận hành mô hình',
  boards: 'Số Ban Điều hành Tổ Dân cư tự quản',
  boards_effective: 'Số Ban Điều hành hoạt động có chất lượng (Tốt, Khá)',
} as const
export type ModelRegisterFigure = keyof typeof MODEL_REGISTER_FIGURES

export const MODEL_REGISTER_FIELDS = Object.keys(MODEL_REGISTER_FIGURES).map(
  (figure) => `${MODEL_REGISTER_PREFIX}${figure}`,
)

/** Typed report figures the register stands for. */
export const TYPED_MODEL_FIGURES: Readonly<Record<string, ModelRegisterFigure>> = {
  'models.count': 'count',
  'models.effective': 'effective',
  'models.with_zalo_group': 'with_zalo_group',
  'self_managed.boards': 'boards',
  'self_managed.boards_effective': 'boards_effective',
}

/** The typed report figures a register field stands for (kept on the form, shown beside it). */
export function typedFiguresOf(field: string): string[] {
  if (!field.startsWith(MODEL_REGISTER_PREFIX)) return []
  const figure = field.slice(MODEL_REGISTER_PREFIX.length)
  return Object.keys(TYPED_MODEL_FIGURES).filter((typed) => TYPED_MODEL_FIGURES[typed] === figure)
}

/** Beside each typed figure the register stands for, the register's; a disagreement flagged. */
export function compareModelFigures(
  fieldIds: readonly string[],
  figures: Readonly<Record<string, unknown>>,
  recorded: Readonly<Partial<Record<ModelRegisterFigure, number>>>,
): Record<string, RecordedFigure> | null {
  const out: Record<string, RecordedFigure> = {}
  for (const id of fieldIds) {
    const figure = TYPED_MODEL_FIGURES[id]
    if (!figure) continue
    const value = recorded[figure] ?? 0
    const typed = figures[id]
    out[id] = { recorded: value, differs: typeof typed === 'number' && typed !== value }
  }
  return Object.keys(out).length > 0 ? out : null
}

export type ModelYear = {
  name: string
  plan: { adoptedOn: string; targetCount: number } | null
  reviews: readonly { period: string; targetsDone: number; targetsTotal: number; rating: string }[]
}

/** The latest review of the year (the year's own, else the latest period reviewed). */
export function latestReview<T extends { period: string }>(reviews: readonly T[]): T | undefined {
  return [...reviews].sort((a, b) => periodOrder(b.period) - periodOrder(a.period))[0]
}

/** `model.plan_at_start`, `model.targets_completed_share`, `model.rating`, with their lines. */
export function buildModelFacts(year: number, model: ModelYear) {
  const review = latestReview(model.reviews)
  const share = review ? review.targetsDone / review.targetsTotal : null
  const period = MODEL_REVIEW_PERIODS.find((each) => each.id === review?.period)?.label
  const planAtStart = model.plan ? isPlanAtStart(year, model.plan.adoptedOn) : false
  const values: Record<string, unknown> = {
    'model.plan_at_start': planAtStart,
    'model.targets_completed_share': share,
    'model.rating': review?.rating ?? null,
  }
  const lines: Record<string, string> = {
    'model.plan_at_start': model.plan
      ? `Kế hoạch năm ${year} của "${model.name}" lập ngày ${formatDateVi(model.plan.adoptedOn)} (${model.plan.targetCount} chỉ tiêu)${planAtStart ? '' : ', không phải đầu năm'}`
      : `"${model.name}" chưa có kế hoạch năm ${year}`,
    'model.targets_completed_share': review
      ? `${period} ${year}: hoàn thành ${review.targetsDone}/${review.targetsTotal} chỉ tiêu`
      : `"${model.name}" chưa có kỳ đánh giá năm ${year}`,
    'model.rating': review
      ? `Xếp loại ${period?.toLowerCase()} ${year}: ${MODEL_RATING_LABELS[review.rating as RegisterRating] ?? review.rating}`
      : `"${model.name}" chưa được xếp loại năm ${year}`,
  }
  return { values, lines }
}
