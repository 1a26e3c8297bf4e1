// What a registration holds: taking part (required), striving for the ANTT standard, building
// an exemplary unit, and the award forms aimed at — only forms the plan has units register at
// the start of the year (flagged `registrable`, or named by a registration deadline), open to
// the unit's kind or to individuals (a unit registers forms for its people too).
import { z } from 'zod'
import { ElementId } from '../plans/plan-primitives'
import type { PlanStatus } from '../plans/plan-lifecycle'
import type { Plan } from '../plans/plan-schema'
import { UNIT_KIND_LABELS, type UnitKind } from '../units/unit-kinds'
import {
  exemplaryUnitKinds,
  findAnttPledgeBarrier,
  findPlanExclusion,
  findRegistrationBarrier,
  type RegistrantUnit,
} from './campaign-registration'

export const RegistrationPledge = z.strictObject({
  takePart: z.boolean(),
  strivesForAntt: z.boolean().default(false),
  buildsExemplary: z.boolean().default(false),
  awardForms: z.array(ElementId).max(50).default([]),
})
export type RegistrationPledge = z.infer<typeof RegistrationPledge>
export type RegistrationProblem = { path: keyof RegistrationPledge | 'unit'; message: string }

type PlanParts = Pick<
  Plan,
  'subjects' | 'targets' | 'exclusions' | 'awardForms' | 'deadlines' | 'criteriaSets'
>

/** Award forms a unit registers at the start of the year: flagged, or named by a registration deadline. */
export function registrableAwardForms(plan: Pick<Plan, 'awardForms' | 'deadlines'>): string[] {
  const named = new Set(
    plan.deadlines
      .filter((deadline) => deadline.closes === 'registration')
      .flatMap((d) => d.awards),
  )
  return plan.awardForms
    .filter((form) => form.registrable || named.has(form.id))
    .map((form) => form.id)
}

/**
 * Every problem with a unit's registration, each with the field it concerns; [] when valid.
 * Checks eligibility as well, so a barrier appears under `unit`.
 */
export function validateRegistration(
  plan: PlanParts,
  status: PlanStatus,
  unit: RegistrantUnit,
  pledge: RegistrationPledge,
): RegistrationProblem[] {
  const barrier = findRegistrationBarrier(plan, status, unit)
  if (barrier) return [{ path: 'unit', message: barrier }]
  const problems: RegistrationProblem[] = []
  if (!pledge.takePart)
    problems.push({
      path: 'takePart',
      message: 'Đăng ký thi đua phải gồm cam kết tham gia phong trào',
    })
  if (pledge.strivesForAntt) {
    const reason = findAnttPledgeBarrier(plan, unit)
    if (reason) problems.push({ path: 'strivesForAntt', message: reason })
  }
  if (pledge.buildsExemplary) {
    const reason = exemplaryUnitKinds(plan).includes(unit.kind)
      ? findPlanExclusion(plan, unit, 'exemplary')
      : `${UNIT_KIND_LABELS[unit.kind]} không thuộc đối tượng xây dựng điển hình (QĐ 9745/QĐ-BCA-V05)`
    if (reason) problems.push({ path: 'buildsExemplary', message: reason })
  }
  problems.push(...awardFormProblems(plan, unit, pledge.awardForms))
  return problems
}

function awardFormProblems(
  plan: PlanParts,
  unit: RegistrantUnit,
  ids: readonly string[],
): RegistrationProblem[] {
  const registrable = new Set(registrableAwardForms(plan))
  const problems: string[] = []
  ids.forEach((id, i) => {
    const form = plan.awardForms.find((each) => each.id === id)
    if (ids.indexOf(id) !== i)
      problems.push(`Hình thức khen thưởng "${form?.name ?? id}" bị đăng ký trùng`)
    else if (!form) problems.push(`Kế hoạch không có hình thức khen thưởng "${id}"`)
    else if (!registrable.has(id))
      problems.push(`Hình thức "${form.name}" không đăng ký đầu năm theo kế hoạch`)
    else if (!fitsSubjects(plan, form.subjects, unit.kind))
      problems.push(
        `Hình thức "${form.name}" không dành cho ${UNIT_KIND_LABELS[unit.kind].toLowerCase()}`,
      )
  })
  return problems.map((message) => ({ path: 'awardForms', message }))
}

/** A form open to individuals may be registered by any unit for its people. */
function fitsSubjects(plan: PlanParts, subjectIds: readonly string[], kind: UnitKind): boolean {
  if (subjectIds.length === 0) return true
  const subjects = plan.subjects.filter((subject) => subjectIds.includes(subject.id))
  return subjects.some(
    (subject) => subject.kind === 'individual' || subject.unitKinds.includes(kind),
  )
}
