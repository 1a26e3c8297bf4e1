// Which kinds of plan deadline (`closes`) the product enforces, on which write paths and with
// which error code — as data, so the plan page labels a deadline "kiểm tra tự động" only where
// a path refuses a late act (each path below has an API test), and "chỉ hiển thị" elsewhere.
// Every enforced path decides through checkPlanDeadline (campaign-deadlines.ts).
import type { ErrorCode } from '../errors/app-error'
import type { DEADLINE_CLOSES } from '../plans/plan-schedule'

export type DeadlineCloses = (typeof DEADLINE_CLOSES)[number]

export type DeadlineEnforcement = {
  /** True when every listed path refuses the act after the deadline (extensions aside). */
  enforced: boolean
  /** The write paths that refuse, in Vietnamese for the plan page. */
  paths: readonly string[]
  /** The code a late act gets. */
  code: ErrorCode | null
  /** Whether an audited extension (gia hạn) can reopen it. */
  extensible: boolean
}

export const ENFORCED_DEADLINE_KINDS: Readonly<Record<DeadlineCloses, DeadlineEnforcement>> = {
  registration: {
    enforced: true,
    paths: ['Đăng ký thi đua (từng đơn vị và theo lô)'],
    code: 'DEADLINE_PASSED',
    extensible: true,
  },
  dossier: {
    enforced: true,
    paths: ['Gửi hồ sơ đề nghị khen thưởng'],
    code: 'DEADLINE_PASSED',
    extensible: true,
  },
  appraisal: {
    enforced: true,
    paths: ['Thẩm định hồ sơ đề nghị khen thưởng (từng hồ sơ và khi chuyển bước theo lô)'],
    code: 'APPRAISAL_CLOSED',
    extensible: true,
  },
  recognition: {
    enforced: true,
    paths: ['Xét (đánh giá) đề nghị công nhận', 'Công nhận (ký quyết định công nhận)'],
    code: 'RECOGNITION_CLOSED',
    extensible: true,
  },
  report: {
    enforced: true,
    paths: ['Nộp báo cáo kỳ'],
    code: 'DEADLINE_PASSED',
    extensible: true,
  },
  plan_submission: { enforced: false, paths: [], code: null, extensible: false },
  campaign_end: { enforced: false, paths: [], code: null, extensible: false },
}

/** Whether a deadline of this kind is enforced (true) or only shown (false). */
export function isDeadlineEnforced(closes: DeadlineCloses): boolean {
  return ENFORCED_DEADLINE_KINDS[closes].enforced
}
