// Deadlines a unit must meet (registration, reports) and their extensions (gia hạn): who gets
// more time, until when, and why. A deadline "trước ngày 20/4/2024" is read as "until the end of
// 20/4/2024" (the day itself counts, as a document dated that day is accepted); an extension
// never shortens a deadline, and the latest extension covering the unit wins.
import { z } from 'zod'
import { formatDateVi } from '../text/dates'
import { IsoDate } from '../plans/plan-primitives'
import type { Plan } from '../plans/plan-schema'
import type { Deadline, DEADLINE_CLOSES } from '../plans/plan-schedule'
import { dateInYear } from './campaign-dates'

export const DeadlineExtension = z.strictObject({
  /** The units given more time; null for every unit. */
  unitIds: z.array(z.number().int()).min(1).nullable(),
  until: IsoDate,
  reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
})
export type DeadlineExtension = z.infer<typeof DeadlineExtension>

export type DeadlineCheck =
  | { open: true; closesOn: string | null; extension: DeadlineExtension | null }
  | { open: false; closedOn: string; extension: DeadlineExtension | null; reason: string }

/** The date a plan deadline falls on in a campaign year (annual deadlines repeat). */
export function deadlineDateOf(
  deadline: Pick<Deadline, 'date' | 'annual'>,
  year: number,
): string | null {
  if (deadline.date !== null) return deadline.date
  return deadline.annual === null ? null : dateInYear(deadline.annual, year)
}

/**
 * The last day a plan leaves for an act in a campaign year, or null when it sets none. When
 * several deadlines close the same act the latest is taken (the plan is read generously).
 */
export function planDeadlineFor(
  plan: Pick<Plan, 'deadlines'>,
  closes: (typeof DEADLINE_CLOSES)[number],
  year: number,
): string | null {
  const dates = plan.deadlines
    .filter((deadline) => deadline.closes === closes)
    .map((deadline) => deadlineDateOf(deadline, year))
    .filter((date): date is string => date !== null)
  return dates.length === 0 ? null : (dates.sort().at(-1) ?? null)
}

/** The latest extension granted to this unit (or to every unit), if any. */
export function findExtension(
  extensions: readonly DeadlineExtension[],
  unitId: number | null,
): DeadlineExtension | null {
  const covering = extensions.filter(
    (extension) =>
      extension.unitIds === null || (unitId !== null && extension.unitIds.includes(unitId)),
  )
  return covering.sort((a, b) => a.until.localeCompare(b.until)).at(-1) ?? null
}

/**
 * Whether an act (`đăng ký`, `nộp báo cáo`…) is still open on `date`.
 * @example checkDeadline({ act: 'đăng ký', deadline: '2024-04-20', date: '2024-04-21' }) // { open: false, reason: 'Đã hết hạn đăng ký ngày 20/04/2024', … }
 */
export function checkDeadline(input: {
  act: string
  deadline: string | null
  date: string
  unitId?: number | null
  extensions?: readonly DeadlineExtension[]
}): DeadlineCheck {
  const { act, deadline, date } = input
  if (deadline === null) return { open: true, closesOn: null, extension: null }
  const extension = findExtension(input.extensions ?? [], input.unitId ?? null)
  const granted = extension !== null && extension.until > deadline ? extension : null
  const closesOn = granted?.until ?? deadline
  if (date <= closesOn) return { open: true, closesOn, extension: granted }
  const extended = granted ? ` (đã gia hạn từ hạn ban đầu ${formatDateVi(deadline)})` : ''
  return {
    open: false,
    closedOn: closesOn,
    extension: granted,
    reason: `Đã hết hạn ${act} ngày ${formatDateVi(closesOn)}${extended}`,
  }
}

/** The act each kind of plan deadline closes, as a refusal names it ("Đã hết hạn <act> ngày …"). */
export const DEADLINE_ACTS: Readonly<Record<(typeof DEADLINE_CLOSES)[number], string>> = {
  registration: 'đăng ký',
  plan_submission: 'gửi kế hoạch thực hiện',
  dossier: 'nộp hồ sơ đề nghị khen thưởng',
  appraisal: 'thẩm định hồ sơ đề nghị khen thưởng',
  recognition: 'xét, công nhận',
  report: 'nộp báo cáo',
  campaign_end: 'thực hiện phong trào thi đua',
}

/**
 * The one decision "is this plan deadline closed for this act": the plan's deadline of kind
 * `closes` in the campaign year, the unit's latest extension, and the day the act happens.
 * Every enforced kind (plans/plan-enforcement.ts DEADLINE_ENFORCEMENT) goes through here.
 * @example checkPlanDeadline(plan000, 'appraisal', { year: 2024, date: '2024-11-11' }).reason // 'Đã hết hạn thẩm định hồ sơ đề nghị khen thưởng ngày 10/11/2024'
 */
export function checkPlanDeadline(
  plan: Pick<Plan, 'deadlines'>,
  closes: (typeof DEADLINE_CLOSES)[number],
  input: {
    year: number
    date: string
    unitId?: number | null
    extensions?: readonly DeadlineExtension[]
  },
): DeadlineCheck {
  return checkDeadline({
    act: DEADLINE_ACTS[closes],
    deadline: planDeadlineFor(plan, closes, input.year),
    date: input.date,
    unitId: input.unitId ?? null,
    extensions: input.extensions ?? [],
  })
}

/**
 * Whether a plan's registration form is open on `date` for a unit.
 * @example checkRegistrationWindow(plan000, { date: '2024-04-21' }).reason // 'Đã hết hạn đăng ký ngày 20/04/2024'
 */
export function checkRegistrationWindow(
  plan: Pick<Plan, 'deadlines'>,
  input: {
    date: string
    year?: number
    unitId?: number | null
    extensions?: readonly DeadlineExtension[]
  },
): DeadlineCheck {
  return checkPlanDeadline(plan, 'registration', {
    ...input,
    year: input.year ?? Number(input.date.slice(0, 4)),
  })
}
