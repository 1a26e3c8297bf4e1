// A plan whose recognition route starts with registration (plan 001 III.2: "Mốc thời gian đăng
// ký: Trước 30/3 hàng năm", then "hoàn thành xét, công nhận: 25/10") recognises only units that
// registered for that year: an exemplary unit must have registered to build the model
// ("đăng ký xây dựng điển hình", II.2.1), any other recognition needs the unit's registration.
// A plan without a registration deadline recognises without one.
import { formatDateVi } from '../text/dates'
import { planDeadlineFor } from '../campaign/campaign-deadlines'
import type { Plan } from '../plans/plan-schema'
import type { RecognitionKind } from './recognition-rules'

export type RecognitionRegistration = { takePart: boolean; buildsExemplary: boolean } | null

/** Whether the plan asks units to register before they can be recognised. */
export function recognitionStartsWithRegistration(plan: Pick<Plan, 'deadlines'>): boolean {
  return plan.deadlines.some((deadline) => deadline.closes === 'registration')
}

/**
 * Why the unit cannot be recognised for want of registration, or null when it may.
 * @example checkRecognitionRegistration(plan001, 'exemplary', 2024, null) // 'Đơn vị chưa đăng ký xây dựng điển hình năm 2024 (hạn đăng ký 30/03/2024)…'
 */
export function checkRecognitionRegistration(
  plan: Pick<Plan, 'deadlines'>,
  kind: RecognitionKind,
  year: number,
  registration: RecognitionRegistration,
): string | null {
  if (!recognitionStartsWithRegistration(plan)) return null
  const deadline = planDeadlineFor(plan, 'registration', year)
  const due = deadline ? ` (hạn đăng ký ${formatDateVi(deadline)})` : ''
  const exemplary = kind === 'exemplary'
  const registered = registration?.takePart === true && (!exemplary || registration.buildsExemplary)
  if (registered) return null
  const what = exemplary ? 'đăng ký xây dựng điển hình' : 'đăng ký tham gia phong trào'
  return `Đơn vị chưa ${what} năm ${year}${due}; kế hoạch chỉ xét, công nhận đơn vị đã đăng ký`
}
