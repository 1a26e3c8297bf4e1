// The checklist an inspection team works through at one unit, drawn from the plan: every target
// the unit answers for and every award-criteria condition set for units of its kind, plus the
// team's own free items. Pure: the server snapshots each item's label with the finding.
import { thresholdValue } from '../plans/plan-primitives'
import type { Plan } from '../plans/plan-schema'
import type { Target } from '../plans/plan-targets'
import type { UnitKind } from '../units/unit-kinds'

export type InspectionItemOrigin = 'target' | 'criteria' | 'free'

export type InspectionChecklistItem = {
  /** Stable within the plan: `target:<id>`, `criteria:<criteria id>:<condition id>`, `free:<n>`. */
  key: string
  origin: InspectionItemOrigin
  /** The plan's clause ("II.2"); null for a free item. */
  source: string | null
  label: string
  /** What the plan asks ("Đạt từ 75% trở lên"; the evidence of an attested condition). */
  requirement: string | null
}

const GOAL_WORDS: Record<Target['comparator'], string> = {
  '>=': 'Đạt từ {} trở lên',
  '>': 'Đạt trên {}',
  '=': 'Đạt {}',
  '<=': 'Không quá {}',
  '<': 'Dưới {}',
}

/** "Đạt từ 75% trở lên", "Dưới 15%", "Đạt từ 5 trở lên". */
export function describeTargetGoal(target: Pick<Target, 'comparator' | 'threshold'>): string {
  // "không có đơn vị Yếu" is `= 0`: "Bằng 0", not "Đạt 0".
  if (target.comparator === '=' && thresholdValue(target.threshold) === 0) return 'Bằng 0'
  return GOAL_WORDS[target.comparator].replace('{}', String(target.threshold))
}

/**
 * Which targets a unit of this kind answers for: an administrative unit above the commune
 * (district, province) for every target of its territory; a commune for its own and its
 * residential areas'; any other unit for targets set on its kind.
 */
export function appliesToKind(target: Pick<Target, 'scope'>, kind: UnitKind): boolean {
  if (kind === 'province' || kind === 'district') return true
  const kinds: readonly UnitKind[] = target.scope.unitKinds
  if (kind === 'commune') return kinds.includes('commune') || kinds.includes('residential_area')
  return kinds.includes(kind)
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * @example buildInspectionChecklist(plan000, 'commune').map((item) => item.key)
 * // ['target:tuyen-truyen-ho', …, 'criteria:tieu-chuan-xa:antt', …]
 */
export function buildInspectionChecklist(
  plan: Pick<Plan, 'targets' | 'awardCriteria' | 'subjects'>,
  kind: UnitKind,
): InspectionChecklistItem[] {
  const targets = plan.targets
    .filter((target) => appliesToKind(target, kind))
    .map((target): InspectionChecklistItem => ({
      key: `target:${target.id}`,
      origin: 'target',
      source: target.source,
      label: target.label,
      requirement: describeTargetGoal(target),
    }))
  const collectiveOfKind = new Set(
    plan.subjects
      .filter((subject) => subject.kind === 'collective' && subject.unitKinds.includes(kind))
      .map((subject) => subject.id),
  )
  const criteria = plan.awardCriteria
    .filter((criteria) => criteria.subjects.some((id) => collectiveOfKind.has(id)))
    .flatMap((criteria) => [
      ...criteria.computed.map((condition): InspectionChecklistItem => ({
        key: `criteria:${criteria.id}:${condition.id}`,
        origin: 'criteria',
        source: condition.source,
        label: collapse(condition.text),
        requirement: null,
      })),
      ...criteria.attested.map((condition): InspectionChecklistItem => ({
        key: `criteria:${criteria.id}:${condition.id}`,
        origin: 'criteria',
        source: condition.source,
        label: collapse(condition.text),
        requirement: `Minh chứng: ${condition.evidence}`,
      })),
    ])
  return [...targets, ...criteria]
}
