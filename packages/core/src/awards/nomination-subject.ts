// Who a nomination proposes: a collective (a unit of the register) or an individual (a person
// with a role and position in a unit), always under one of the plan's subject categories.
// The nominee key names the achievement's holder so one achievement is proposed only once.
import { z } from 'zod'
import { AppError } from '../errors/app-error'
import { PERSON_ROLES, type Subject } from '../plans/plan-subjects'
import type { AwardForm } from '../plans/plan-awards'
import type { Plan } from '../plans/plan-schema'
import { foldAccents } from '../text/vietnamese'

export const NomineePerson = z.strictObject({
  fullName: z.string().trim().min(2, 'Cần ghi họ và tên').max(200),
  /** Chức vụ / vị trí công tác, as printed in the list (e.g. "Giáo viên"). */
  position: z.string().trim().min(1, 'Cần ghi chức vụ').max(200),
  role: z.enum(PERSON_ROLES),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  unitId: z.number().int().positive().max(2_147_483_647),
})
export type NomineePerson = z.infer<typeof NomineePerson>

export type NominationSubject =
  | { kind: 'collective'; subjectId: string; unitId: number }
  | { kind: 'individual'; subjectId: string; person: NomineePerson }

/** Forms of one group reward the same kind of achievement; a nominee holds one per group. */
export type FormGroup = 'emulation_title' | 'commendation'

// Emulation titles (Cờ thi đua, Chiến sĩ thi đua, recognitions) and commendations (Bằng khen,
// Giấy khen, Kỷ niệm chương) are separate kinds under the emulation law: a unit may hold a
// flag and a certificate, but never two certificates for one year's achievement.
const TITLE_PREFIXES = ['co thi dua', 'chien si thi dua', 'cong nhan', 'danh hieu']

export function formGroupOf(form: Pick<AwardForm, 'name'>): FormGroup {
  const folded = foldAccents(form.name).toLowerCase()
  return TITLE_PREFIXES.some((prefix) => folded.startsWith(prefix))
    ? 'emulation_title'
    : 'commendation'
}

/** The achievement holder: `unit:<id>` or `person:<unit>:<folded name>[:<birth year>]`. */
export function nomineeKeyOf(subject: NominationSubject): string {
  if (subject.kind === 'collective') return `unit:${subject.unitId}`
  const { person } = subject
  const name = foldAccents(person.fullName).toLowerCase().replace(/\s+/g, ' ').trim()
  const born = person.birthYear === null ? '' : `:${person.birthYear}`
  return `person:${person.unitId}:${name}${born}`
}

export function findAwardForm(plan: Pick<Plan, 'awardForms'>, formId: string): AwardForm {
  const form = plan.awardForms.find((candidate) => candidate.id === formId)
  if (!form)
    throw new AppError('VALIDATION', `Kế hoạch không có hình thức khen thưởng "${formId}"`, [
      { path: 'awardFormId', message: 'Không có hình thức khen thưởng này' },
    ])
  return form
}

/**
 * The plan subject a nomination is made under, checked against the form and the nominee:
 * a collective's unit kind, an individual's role. VALIDATION naming the field otherwise.
 */
export function checkNominationSubject(
  plan: Pick<Plan, 'awardForms' | 'subjects'>,
  formId: string,
  subject: NominationSubject,
  nomineeUnitKind: string,
): Subject {
  const form = findAwardForm(plan, formId)
  const found = plan.subjects.find((candidate) => candidate.id === subject.subjectId)
  const refuse = (path: string, message: string) =>
    new AppError('VALIDATION', message, [{ path, message }])
  if (!found) throw refuse('subjectId', `Kế hoạch không có đối tượng "${subject.subjectId}"`)
  if (found.kind !== subject.kind)
    throw refuse('subjectId', `Đối tượng "${found.label}" không phải là ${kindLabel(subject.kind)}`)
  if (form.subjects.length > 0 && !form.subjects.includes(found.id))
    throw refuse('subjectId', `"${form.name}" không xét cho đối tượng "${found.label}"`)
  if (subject.kind === 'collective' && found.unitKinds.length > 0)
    if (!(found.unitKinds as readonly string[]).includes(nomineeUnitKind))
      throw refuse('nomineeUnitId', `Đơn vị được đề nghị không thuộc đối tượng "${found.label}"`)
  if (subject.kind === 'individual' && found.roles.length > 0)
    if (!(found.roles as readonly string[]).includes(subject.person.role))
      throw refuse('person.role', `Vai trò của cá nhân không thuộc đối tượng "${found.label}"`)
  return found
}

function kindLabel(kind: NominationSubject['kind']): string {
  return kind === 'collective' ? 'tập thể' : 'cá nhân'
}
