// Recognising a unit's ANTT standard or exemplary status (plan 001, II.2–II.3) on the same
// machinery as awards: proposal → evaluation → recognition, by the level the plan's route
// names, with the candidate rule checked before a proposal is accepted.
import type { RecognitionRoute } from '../plans/plan-schedule'
import type { UnitKind } from '../units/unit-kinds'

export const RECOGNITION_KINDS = ['antt_standard', 'exemplary'] as const
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number]
export const RECOGNITION_KIND_LABELS: Record<RecognitionKind, string> = {
  antt_standard: 'Đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
  exemplary: 'Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ',
}

export const RECOGNITION_STATUSES = [
  'proposed',
  'evaluated',
  'recognised',
  'returned',
  'rejected',
] as const
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number]
export type RecognitionAction = 'evaluate' | 'recognise' | 'return' | 'reject' | 'resubmit'

export const RECOGNITION_STATUS_LABELS: Record<RecognitionStatus, string> = {
  proposed: 'Đã đề nghị',
  evaluated: 'Đã đánh giá',
  recognised: 'Đã công nhận',
  returned: 'Trả lại',
  rejected: 'Không công nhận',
}

export const RECOGNITION_TRANSITIONS = {
  proposed: { evaluate: 'evaluated', return: 'returned', reject: 'rejected' },
  evaluated: { recognise: 'recognised', return: 'returned', reject: 'rejected' },
  returned: { resubmit: 'proposed' },
  recognised: {},
  rejected: {},
} as const satisfies Record<
  RecognitionStatus,
  Partial<Record<RecognitionAction, RecognitionStatus>>
>

export function nextRecognitionStatus(
  from: RecognitionStatus,
  action: RecognitionAction,
): RecognitionStatus | undefined {
  const row: Partial<Record<RecognitionAction, RecognitionStatus>> = RECOGNITION_TRANSITIONS[from]
  return row[action]
}

/** Last year's results a candidate is chosen from (QĐ 510 class ids: xuat_sac, kha, …). */
export type PriorYearResults = { anttRecognised: boolean; movementClass: string | null }
export type CandidateCheck = {
  eligible: boolean
  conditions: { label: string; met: boolean; data: string }[]
}

const GOOD_CLASSES = ['xuat_sac', 'kha']
const CLASS_LABELS: Record<string, string> = {
  xuat_sac: 'Xuất sắc',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
}

/**
 * Plan 001 II.2.1: candidates come from last year's results, recognised ANTT and classified
 * "Khá" or better. The ANTT standard itself has no candidate rule (it is evaluated on TT 124).
 */
export function checkRecognitionCandidate(
  kind: RecognitionKind,
  year: number,
  prior: PriorYearResults,
): CandidateCheck {
  if (kind === 'antt_standard') return { eligible: true, conditions: [] }
  const last = year - 1
  const className = prior.movementClass
    ? (CLASS_LABELS[prior.movementClass] ?? prior.movementClass)
    : null
  const conditions = [
    {
      label: `Năm ${last} được công nhận đạt tiêu chuẩn "An toàn về ANTT"`,
      met: prior.anttRecognised,
      data: prior.anttRecognised ? 'đạt' : 'chưa có quyết định công nhận',
    },
    {
      label: `Năm ${last} phong trào xếp loại "Khá" trở lên`,
      met: prior.movementClass !== null && GOOD_CLASSES.includes(prior.movementClass),
      data: className ? `loại ${className}` : 'chưa được xếp loại',
    },
  ]
  return { eligible: conditions.every((condition) => condition.met), conditions }
}

export type RouteChoice = {
  routeId: string | null
  /** The level whose committee evaluates (the unit's managing level). */
  evaluatorLevel: 'commune' | 'district' | 'province'
  /** The level whose committee recognises. */
  recognizerLevel: 'commune' | 'district' | 'province'
  evaluator: string
  recognizer: string
}

const LEVEL_ABOVE = { commune: 'district', district: 'province', province: 'province' } as const

/**
 * The plan's route for a unit: a commune is evaluated at its own level; an agency, enterprise
 * or school at its managing unit's level. The route recognised at the level above, except the
 * province, which recognises its own. Without a district (after 07/2025) the province
 * recognises in its place. Without any route in the plan, the managing level does both.
 */
export function chooseRecognitionRoute(
  routes: readonly RecognitionRoute[],
  unit: { kind: UnitKind; managingLevel: 'commune' | 'district' | 'province' },
  hasDistrict: boolean,
): RouteChoice {
  const level = unit.kind === 'commune' ? 'commune' : unit.managingLevel
  const route = routes.find((item) => item.level === level && item.unitKinds.includes(unit.kind))
  if (!route)
    return {
      routeId: null,
      evaluatorLevel: level,
      recognizerLevel: level,
      evaluator: 'Cấp quản lý đơn vị',
      recognizer: 'Cấp quản lý đơn vị',
    }
  const above = route.recognizer === route.evaluator ? route.level : LEVEL_ABOVE[route.level]
  return {
    routeId: route.id,
    evaluatorLevel: route.level,
    recognizerLevel: above === 'district' && !hasDistrict ? 'province' : above,
    evaluator: route.evaluator,
    recognizer: route.recognizer,
  }
}

/** Plan 001's yearly selection per district: ≥1 xã, ≥1 phường/thị trấn, ≥1 CQ/DN/CSGD. */
export const EXEMPLARY_QUOTA_GROUPS = ['xa', 'phuong_thi_tran', 'co_quan'] as const
export type ExemplaryQuotaGroup = (typeof EXEMPLARY_QUOTA_GROUPS)[number]
export const EXEMPLARY_QUOTA_LABELS: Record<ExemplaryQuotaGroup, string> = {
  xa: 'Xã',
  phuong_thi_tran: 'Phường, thị trấn',
  co_quan: 'Cơ quan, doanh nghiệp, cơ sở giáo dục',
}

export function exemplaryQuotaGroup(unit: {
  kind: UnitKind
  subtype: string | null
}): ExemplaryQuotaGroup | undefined {
  if (unit.kind === 'commune') return unit.subtype === 'xa' ? 'xa' : 'phuong_thi_tran'
  if (unit.kind === 'agency' || unit.kind === 'enterprise' || unit.kind === 'school')
    return 'co_quan'
  return undefined
}

export type QuotaTally = Record<
  ExemplaryQuotaGroup,
  { proposed: number; recognised: number; minimum: number; met: boolean }
>

/** Counts per group against the minimum of one each; recognised counts toward proposed too. */
export function tallyExemplaryQuota(
  rows: readonly { kind: UnitKind; subtype: string | null; status: RecognitionStatus }[],
  minimum = 1,
): QuotaTally {
  const tally = Object.fromEntries(
    EXEMPLARY_QUOTA_GROUPS.map((group) => [
      group,
      { proposed: 0, recognised: 0, minimum, met: false },
    ]),
  ) as QuotaTally
  for (const row of rows) {
    const group = exemplaryQuotaGroup(row)
    if (!group || row.status === 'rejected') continue
    tally[group].proposed++
    if (row.status === 'recognised') tally[group].recognised++
  }
  for (const group of EXEMPLARY_QUOTA_GROUPS) tally[group].met = tally[group].proposed >= minimum
  return tally
}
