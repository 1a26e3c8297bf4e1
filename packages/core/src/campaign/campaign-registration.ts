// Registration (đăng ký thi đua), who may register for a published plan: a unit of a kind the
// plan's collective subjects or target scopes name, not removed by the plan's exclusions —
// and, for the ANTT pledge, not outside Thông tư 124 (Art. 1–2); a unit the plan excludes
// reports nothing under it either (findReportBarrier). What a registration holds is
// campaign-registration-pledge.ts; whether the form is still open on a date is
// checkRegistrationWindow (campaign-deadlines.ts); whether the unit lies under the issuer's
// authority is a question of the unit tree, answered by the server.
import { findCriteriaSet } from '../criteria/criteria-catalog'
import type { PlanStatus } from '../plans/plan-lifecycle'
import type { Plan } from '../plans/plan-schema'
import type { Exclusion, EXCLUSION_EFFECTS } from '../plans/plan-subjects'
import {
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_KIND_LABELS,
  UNIT_SUBTYPES,
  type UnitKind,
} from '../units/unit-kinds'
import { findAnttExclusion, type Unit } from '../units/unit'
import { isAnttUnitKind } from './campaign-evaluation-years'

export type RegistrantUnit = Pick<Unit, 'kind' | 'subtype' | 'schoolLevel' | 'enterpriseSize'>
type PlanParts = Pick<Plan, 'subjects' | 'targets' | 'exclusions'>

/** QĐ 9745 sets, used when a plan names no exemplary criteria set of its own. */
const DEFAULT_EXEMPLARY_SETS = ['qd9745-xa', 'qd9745-cqdncsgd']

/** Unit kinds a plan lets register: those of its collective subjects and its targets' scopes. */
export function registrableUnitKinds(plan: Pick<Plan, 'subjects' | 'targets'>): UnitKind[] {
  const kinds = new Set<UnitKind>()
  for (const subject of plan.subjects)
    if (subject.kind === 'collective') subject.unitKinds.forEach((kind) => kinds.add(kind))
  for (const target of plan.targets) target.scope.unitKinds.forEach((kind) => kinds.add(kind))
  return [...kinds]
}

/** Whether a plan exclusion removes this unit. */
export function matchesExclusion(exclusion: Exclusion, unit: RegistrantUnit): boolean {
  const { match } = exclusion
  switch (match.kind) {
    case 'school':
      return (
        unit.kind === 'school' &&
        unit.schoolLevel !== null &&
        match.schoolLevels.includes(unit.schoolLevel)
      )
    case 'enterprise':
      return (
        unit.kind === 'enterprise' &&
        unit.enterpriseSize !== null &&
        match.enterpriseSizes.includes(unit.enterpriseSize)
      )
    case 'agency':
      return (
        unit.kind === 'agency' && unit.subtype !== null && match.subtypes.includes(unit.subtype)
      )
    case 'person':
      return false
  }
}

type ExclusionEffect = (typeof EXCLUSION_EFFECTS)[number]

/** The plan exclusion with one of these effects that removes the unit, if one does. */
function findExclusion(
  plan: Pick<Plan, 'exclusions'>,
  unit: RegistrantUnit,
  effects: readonly ExclusionEffect[],
): Exclusion | undefined {
  return plan.exclusions.find(
    (each) =>
      effects.some((effect) => each.appliesTo.includes(effect)) && matchesExclusion(each, unit),
  )
}

/** The reason a plan exclusion with this effect removes the unit, if one does. */
export function findPlanExclusion(
  plan: Pick<Plan, 'exclusions'>,
  unit: RegistrantUnit,
  effect: ExclusionEffect,
): string | undefined {
  const exclusion = findExclusion(plan, unit, [effect])
  return (
    exclusion &&
    `Không thuộc đối tượng theo kế hoạch (mục ${exclusion.source}: ${exclusion.text.trim()})`
  )
}

/**
 * Why a unit may not register for the plan, or undefined when it may.
 * @example findRegistrationBarrier(plan000, 'published', { kind: 'school', schoolLevel: 'primary', … }) // 'Không thuộc đối tượng theo kế hoạch (mục VI.1: …)'
 */
export function findRegistrationBarrier(
  plan: PlanParts,
  status: PlanStatus,
  unit: RegistrantUnit,
): string | undefined {
  if (status !== 'published')
    return status === 'draft' ? 'Kế hoạch chưa được ban hành' : 'Kế hoạch đã kết thúc'
  if (!registrableUnitKinds(plan).includes(unit.kind))
    return `${UNIT_KIND_LABELS[unit.kind]} không thuộc đối tượng thi đua của kế hoạch`
  return findPlanExclusion(plan, unit, 'registration')
}

// A unit the plan keeps out of registration or of its targets is outside the campaign: it has
// nothing to report either (plan-target-expression.ts drops it from targets by the same effects).
const REPORT_EXCLUSION_EFFECTS = ['registration', 'targets'] as const

/** What a person calls the excluded unit: "Trường mầm non", "Doanh nghiệp siêu nhỏ"… */
function excludedUnitLabel(unit: RegistrantUnit): string {
  if (unit.kind === 'school' && unit.schoolLevel)
    return unit.schoolLevel === 'creche'
      ? SCHOOL_LEVEL_LABELS.creche
      : `Trường ${SCHOOL_LEVEL_LABELS[unit.schoolLevel].toLowerCase()}`
  if (unit.kind === 'enterprise' && unit.enterpriseSize)
    return `Doanh nghiệp ${ENTERPRISE_SIZE_LABELS[unit.enterpriseSize].toLowerCase()}`
  const subtypes: Record<string, string> = UNIT_SUBTYPES[unit.kind]
  return (unit.subtype && subtypes[unit.subtype]) || UNIT_KIND_LABELS[unit.kind]
}

/**
 * Why a unit the plan excludes reports nothing under it, or undefined when it may report.
 * @example findReportBarrier(plan000, { kind: 'school', schoolLevel: 'kindergarten', … }) // 'Trường mầm non không thuộc đối tượng của kế hoạch này (mục VI.1: …)'
 */
export function findReportBarrier(
  plan: Pick<Plan, 'exclusions'>,
  unit: RegistrantUnit,
): string | undefined {
  const exclusion = findExclusion(plan, unit, REPORT_EXCLUSION_EFFECTS)
  return (
    exclusion &&
    `${excludedUnitLabel(unit)} không thuộc đối tượng của kế hoạch này (mục ${exclusion.source}: ${exclusion.text.trim()})`
  )
}

/** Why the unit may not pledge the ANTT standard (TT 124 Art. 1–2, or the plan), if it may not. */
export function findAnttPledgeBarrier(
  plan: Pick<Plan, 'exclusions'>,
  unit: RegistrantUnit,
): string | undefined {
  if (!isAnttUnitKind(unit.kind))
    return `${UNIT_KIND_LABELS[unit.kind]} không thuộc đối tượng của Thông tư 124/2021/TT-BCA`
  if (unit.kind === 'organisation' && unit.subtype === 'religious')
    return 'Tổ chức tôn giáo không thuộc đối tượng (Thông tư 124/2021, Điều 2: cơ quan, tổ chức sử dụng ngân sách nhà nước)'
  return findAnttExclusion(unit) ?? findPlanExclusion(plan, unit, 'antt')
}

/** Unit kinds that may build an exemplary unit: those of the plan's (or QĐ 9745's) criteria sets. */
export function exemplaryUnitKinds(plan: Pick<Plan, 'criteriaSets'>): UnitKind[] {
  const named = plan.criteriaSets.filter((use) => use.use === 'exemplary').map((use) => use.code)
  const codes = named.length > 0 ? named : DEFAULT_EXEMPLARY_SETS
  return [...new Set(codes.flatMap((code) => findCriteriaSet(code)?.unitKinds ?? []))]
}
