// Which dates of a plan the system enforces, as data (issue 10, item 3): a label may say
// "Tự động kiểm tra" only where a test proves the refusal. Each enforced kind names the API test
// that shows a write after the date refused (DEADLINE_PASSED) — plan-enforcement.test.ts checks
// the test is there. Every other kind is shown, not enforced, until it is built and proved.
import { DEADLINE_CLOSES } from './plan-schedule'

export type DeadlineKind = (typeof DEADLINE_CLOSES)[number]

/** The test that proves an enforced kind: a file (from the repository root) and a test title or the refusal it asserts. */
export type EnforcementProof = { file: string; test: string }

export type DeadlineEnforcement =
  { enforced: true; proof: EnforcementProof } | { enforced: false; proof: null }

const shownOnly = { enforced: false, proof: null } as const

/**
 * What a deadline of each kind closes, enforced or shown only.
 * - appraisal, recognition: enforced by H4, campaign_end by H3 (issue 10 item 3) — each turns
 *   `enforced: true` with its test when merged; until then they are shown only.
 * - plan_submission (unit plans due 05/9/2020, 29/3/2024) and report (upward reports on a fixed
 *   date) record nothing the system could refuse: shown only.
 */
export const DEADLINE_ENFORCEMENT: Readonly<Record<DeadlineKind, DeadlineEnforcement>> = {
  registration: {
    enforced: true,
    proof: {
      file: 'packages/server/test/registrations.test.ts',
      test: 'refuses with the deadline, until an extension covers the unit (audited)',
    },
  },
  dossier: {
    enforced: true,
    proof: {
      file: 'packages/server/test/nominations-dossier.test.ts',
      test: 'Đã hết hạn nộp hồ sơ đề nghị khen thưởng ngày 05/11/2024',
    },
  },
  appraisal: shownOnly,
  recognition: shownOnly,
  campaign_end: shownOnly,
  plan_submission: shownOnly,
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
