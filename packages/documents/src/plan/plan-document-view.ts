// What the printed Kế hoạch needs, already resolved from the plan definition: texts, labels
// and dates (ISO, formatted by the layout). The server fills it from a Plan plus the
// issuer's superior body and the recipient list, which the definition does not hold.
import type { Deadline } from '@antq/core'
import type { DocumentHeaderView, SignerView } from '../layout/layout-types'

export type PlanDocumentView = {
  header: DocumentHeaderView
  /** Tên loại văn bản; "KẾ HOẠCH" when absent. */
  documentType?: string
  /** Trích yếu, e.g. "Phát động phong trào thi đua … năm 2024". */
  title: string
  /** Opening paragraphs ("Thực hiện Kế hoạch số 66/KH-BCĐ …"), before section I. */
  preamble: readonly string[]
  /** Each section below is left out, and the rest renumbered, when its lists are empty. */
  purposes: readonly string[]
  subjects: readonly PlanSubjectView[]
  /** Verbatim exclusions, e.g. "(trừ cơ sở giáo dục tiểu học, mầm non, nhà trẻ)". */
  exclusions: readonly string[]
  targets: readonly PlanTargetView[]
  awardForms: readonly PlanAwardFormView[]
  awardCriteria: readonly PlanAwardCriteriaView[]
  dossierItems: readonly PlanDossierItemView[]
  deadlines: readonly PlanDeadlineView[]
  tasks: readonly PlanTaskView[]
  /** Last body paragraph, e.g. "Căn cứ kế hoạch này, …"; "./." is added when missing. */
  closing: string | null
  /** Nơi nhận, one line each, the last usually "Lưu: VT, …". */
  recipients: readonly string[]
  signer: SignerView
}

export type PlanSubjectView = { kind: 'collective' | 'individual'; label: string }

/** A target printed as the plan words it (Target.text). */
export type PlanTargetView = { text: string }

export type PlanQuotaView =
  | { type: 'fixed'; count: number; recipients: 'collective' | 'individual' | 'both' }
  | { type: 'allocated'; by: string }
  | { type: 'discretion'; by: string }

export type PlanAwardFormView = {
  name: string
  proposer: string | null
  decider: string
  quota: PlanQuotaView
  dossier: { sets: number; originals: boolean } | null
}

/** One subject category's criteria: a heading and its conditions (verbatim). */
export type PlanAwardCriteriaView = { heading: string; items: readonly string[] }

export type PlanDossierItemView = { name: string; optional: boolean; certifiedBy: string | null }

export type PlanDeadlineView = {
  /** What closes, e.g. DEADLINE_LABELS.registration. */
  label: string
  /** yyyy-mm-dd, or mm-dd for a date repeated every year. */
  date: string
  by: string | null
  to: string | null
}

export type PlanTaskView = {
  owners: readonly string[]
  task: string
  coOwners: readonly string[]
  due: string | null
}

/** Labels for the plan schema's Deadline.closes values. */
export const DEADLINE_LABELS = {
  registration: 'Đăng ký thi đua, đăng ký hình thức khen thưởng',
  plan_submission: 'Gửi kế hoạch thực hiện',
  dossier: 'Gửi hồ sơ đề nghị khen thưởng',
  appraisal: 'Thẩm định thành tích, hồ sơ đề nghị khen thưởng',
  recognition: 'Xét, công nhận',
  report: 'Báo cáo',
  campaign_end: 'Kết thúc đợt thi đua',
} as const satisfies Record<Deadline['closes'], string>
