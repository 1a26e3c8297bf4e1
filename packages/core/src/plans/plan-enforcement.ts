// Which kinds of plan deadline (`closes`) the system enforces, as data (issue 10, item 3): the
// plan page may say "Tự động kiểm tra" only where every listed write path refuses a late act,
// through checkPlanDeadline (campaign-deadlines.ts) or the plan-period rule, and an API test
// proves it. plan-enforcement.test.ts checks each proving test is there and asserts the code.
// Every other kind is shown, not enforced, until it is built and proved.
import type { ErrorCode } from '../errors/app-error'
import { DEADLINE_CLOSES } from './plan-schedule'

export type DeadlineKind = (typeof DEADLINE_CLOSES)[number]

/** The test that proves an enforced kind: a file (from the repository root) and a test title or the refusal it asserts. */
export type EnforcementProof = { file: string; test: string }

export type DeadlineEnforcement =
  | {
      enforced: true
      /** The write paths that refuse, in Vietnamese for the plan page. */
      paths: readonly string[]
      /** The code a late act gets. */
      code: ErrorCode
      /** Whether an audited extension (gia hạn) can reopen it for a unit. */
      extensible: boolean
      proof: EnforcementProof
    }
  | { enforced: false; paths: readonly []; code: null; extensible: false; proof: null }

const shownOnly = {
  enforced: false,
  paths: [],
  code: null,
  extensible: false,
  proof: null,
} as const

/**
 * What a deadline of each kind closes, enforced or shown only. A report deadline is kept per
 * reporting period (the report forms), not here: shown only.
 */
export const DEADLINE_ENFORCEMENT: Readonly<Record<DeadlineKind, DeadlineEnforcement>> = {
  registration: {
    enforced: true,
    paths: ['Đăng ký thi đua (từng đơn vị và theo lô)'],
    code: 'DEADLINE_PASSED',
    extensible: true,
    proof: {
      file: 'packages/server/test/registrations.test.ts',
      test: 'refuses with the deadline, until an extension covers the unit (audited)',
    },
  },
  dossier: {
    enforced: true,
    paths: ['Gửi hồ sơ đề nghị khen thưởng'],
    code: 'DEADLINE_PASSED',
    extensible: true,
    proof: {
      file: 'packages/server/test/nominations-dossier.test.ts',
      test: 'Đã hết hạn nộp hồ sơ đề nghị khen thưởng ngày 05/11/2024',
    },
  },
  appraisal: {
    enforced: true,
    paths: ['Thẩm định hồ sơ đề nghị khen thưởng (từng hồ sơ và khi chuyển bước theo lô)'],
    code: 'APPRAISAL_CLOSED',
    extensible: true,
    proof: {
      file: 'packages/server/test/nominations-appraisal.test.ts',
      test: 'closes after 10/11/2024 on both paths, and opens again under an audited extension',
    },
  },
  recognition: {
    enforced: true,
    paths: ['Xét (đánh giá) đề nghị công nhận', 'Công nhận (ký quyết định công nhận)'],
    code: 'RECOGNITION_CLOSED',
    extensible: true,
    proof: {
      file: 'packages/server/test/recognitions-gates.test.ts',
      test: 'refuses to evaluate after 25/10/2024 with RECOGNITION_CLOSED naming the date',
    },
  },
  campaign_end: {
    enforced: true,
    paths: ['Đăng ký thi đua', 'Báo cáo kết quả (nhập và tải tệp)', 'Đánh giá, phân loại'],
    code: 'CAMPAIGN_ENDED',
    extensible: false,
    proof: {
      file: 'packages/server/test/plan-period-writes.test.ts',
      test: 'refuses every write from 01/01/2025, nothing written',
    },
  },
  plan_submission: {
    enforced: true,
    paths: ['Gửi kế hoạch thực hiện của đơn vị (tải tệp hoặc chọn kế hoạch trong hệ thống)'],
    code: 'DEADLINE_PASSED',
    extensible: true,
    proof: {
      file: 'packages/server/test/unit-plans.test.ts',
      test: 'refuses a unit plan after 05/09/2020, nothing written, until an audited extension',
    },
  },
  report: shownOnly,
}

/** The deadline kinds the system refuses writes after (a proving test each). */
export const ENFORCED_DEADLINE_CLOSES: readonly DeadlineKind[] = DEADLINE_CLOSES.filter(
  (kind) => DEADLINE_ENFORCEMENT[kind].enforced,
)

/** Whether a deadline is enforced: its kind is, and it has a date to enforce. */
export function isDeadlineEnforced(deadline: {
  closes: DeadlineKind
  date: string | null
  annual: string | null
}): boolean {
  return DEADLINE_ENFORCEMENT[deadline.closes].enforced && (!!deadline.date || !!deadline.annual)
}
