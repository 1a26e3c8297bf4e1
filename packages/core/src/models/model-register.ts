// The model register (HD 22/HD-BCA-V05, legal.md §4): model types, bodies, review periods, the
// rating a review earns from the share of its plan's targets completed, and what "effective"
// means. HD 22's rating levels and thresholds were NOT FOUND: every threshold here is data, an
// assumption a province edits, never a rule buried in code.

/** Named model types of the seeds (plans 002, 003 and 000); "khac" for a unit's own model. */
export const MODEL_TYPES = [
  { id: 'tu-quan-antt', label: 'Tự quản về an ninh trật tự' },
  { id: 'to-dan-cu-tu-quan', label: 'Tổ Dân cư tự quản' },
  { id: 'to-cong-nhan-tuyen-truyen', label: 'Tổ công nhân tuyên truyền phòng, chống tội phạm' },
  { id: 'thap-sang-duong-que', label: 'Thắp sáng đường quê' },
  { id: 'camera-an-ninh', label: 'Camera an ninh' },
  { id: 'zalo-cong-an-xa', label: 'Ứng dụng Zalo trong công tác của Công an xã, thị trấn' },
  { id: 'to-tuan-tra', label: 'Tổ tuần tra Nhân dân' },
  { id: 'cum-dan-cu-an-toan', label: 'Cụm dân cư an toàn' },
  { id: 'to-lien-gia-tu-quan', label: 'Tổ liên gia tự quản' },
  { id: 'dong-ho-khong-vi-pham', label: 'Dòng họ không có người vi phạm pháp luật' },
  { id: 'nha-tro-tu-quan', label: 'Khu nhà nghỉ, nhà trọ tự quản về an ninh, trật tự' },
  { id: 'to-hoa-giai', label: 'Tổ hòa giải' },
  { id: 'khac', label: 'Mô hình khác' },
] as const

/** Bodies recorded in the register: models, and bodies that are not register units. */
export const MODEL_BODIES = {
  model: 'Mô hình',
  ward_protection_board: 'Ban bảo vệ dân phố',
  self_managed_board: 'Ban Điều hành Tổ Dân cư tự quản',
} as const
export type ModelBody = keyof typeof MODEL_BODIES

/** Reviews each quarter, six months, nine months and year (plan 000 V.2.1), with their last day. */
export const MODEL_REVIEW_PERIODS = [
  { id: 'q1', label: 'Quý I', ends: '03-31' },
  { id: 'h1', label: '6 tháng', ends: '06-30' },
  { id: 'q3', label: '9 tháng', ends: '09-30' },
  { id: 'year', label: 'Cả năm', ends: '12-31' },
] as const
export type ModelReviewPeriod = (typeof MODEL_REVIEW_PERIODS)[number]['id']

export const MODEL_RATING_LABELS = {
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
} as const
export type RegisterRating = keyof typeof MODEL_RATING_LABELS

/** Assumed (HD 22 levels NOT FOUND): the least share of the plan's targets each rating needs. */
export const MODEL_RATING_THRESHOLDS: readonly { rating: RegisterRating; minShare: number }[] = [
  { rating: 'tot', minShare: 0.9 },
  { rating: 'kha', minShare: 0.7 },
  { rating: 'trung_binh', minShare: 0.5 },
  { rating: 'yeu', minShare: 0 },
]

/**
 * Assumed: a model "hoạt động hiệu quả" in a year when its latest review of the year is rated
 * Tốt or Khá; "phân loại Tốt" (plan 000's award criteria) is the Tốt rating alone.
 */
export const EFFECTIVE_MODEL_RATINGS: readonly RegisterRating[] = ['tot', 'kha']

/** Assumed: "đầu năm" (plan 000 V.2.1) is a plan adopted by the end of the first quarter. */
export const MODEL_PLAN_START_DEADLINE = '03-31'

/** The rating a share of completed targets earns (0–1). */
export function ratingOfShare(share: number): RegisterRating {
  for (const { rating, minShare } of MODEL_RATING_THRESHOLDS) if (share >= minShare) return rating
  return 'yeu'
}

export const isEffectiveRating = (rating: string | null | undefined) =>
  rating != null && (EFFECTIVE_MODEL_RATINGS as readonly string[]).includes(rating)

export const isPlanAtStart = (year: number, adoptedOn: string) =>
  adoptedOn >= `${year - 1}-10-01` && adoptedOn <= `${year}-${MODEL_PLAN_START_DEADLINE}`

export const periodOrder = (period: string) =>
  MODEL_REVIEW_PERIODS.findIndex((each) => each.id === period)

export const modelTypeLabel = (id: string) =>
  MODEL_TYPES.find((type) => type.id === id)?.label ?? id
