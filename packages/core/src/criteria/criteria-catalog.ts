// The seeded criteria sets, lookup by code and version, validation, provincial additions, and
// classifying a score against a set's class thresholds.
import { checkExpression } from '../rules/checker'
import { parseExpression } from '../rules/parser'
import { BASE_FIELD_SCHEMA } from '../plans/plan-fields'
import { HD01_SECURITY_TEAM, HD22_MODEL_RATING } from './criteria-models'
import { QD510_AGENCY, QD510_COMMUNE, QD510_RESIDENTIAL } from './criteria-qd510'
import { QD9745_AGENCY, QD9745_COMMUNE } from './criteria-qd9745'
import {
  COMMUNE_COMPLEXITY,
  MOVEMENT_FOUR_CLASSES,
  NTM_19_2,
  NTM_19_2_ENHANCED,
} from './criteria-rural'
import { CriteriaSet, type CriteriaItem, type CriteriaSetInput } from './criteria-schema'
import { TT124_COMMUNE, TT124_RESIDENTIAL } from './criteria-tt124'
import { TT124_AGENCY, TT124_SCHOOL } from './criteria-tt124-agencies'

export const CRITERIA_SET_SEEDS: readonly CriteriaSetInput[] = [
  TT124_RESIDENTIAL,
  TT124_COMMUNE,
  TT124_AGENCY,
  TT124_SCHOOL,
  QD510_AGENCY,
  QD510_RESIDENTIAL,
  QD510_COMMUNE,
  HD22_MODEL_RATING,
  HD01_SECURITY_TEAM,
  QD9745_COMMUNE,
  QD9745_AGENCY,
  NTM_19_2,
  NTM_19_2_ENHANCED,
  COMMUNE_COMPLEXITY,
  MOVEMENT_FOUR_CLASSES,
]

export type CriteriaSetValidation =
  { ok: true; set: CriteriaSet } | { ok: false; messages: string[] }

/** Parse a set and check what zod cannot: unique ids, known groups, class order, formulas. */
export function validateCriteriaSet(input: unknown): CriteriaSetValidation {
  const parsed = CriteriaSet.safeParse(input)
  if (!parsed.success)
    return {
      ok: false,
      messages: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    }
  const set = parsed.data
  const messages: string[] = []
  const ids = new Set<string>()
  const groups = new Set(set.groups.map((group) => group.id))
  for (const item of set.items) {
    if (ids.has(item.id)) messages.push(`Tiêu chí '${item.id}' bị trùng mã`)
    ids.add(item.id)
    if (item.group !== null && groups.size > 0 && !groups.has(item.group))
      messages.push(`Tiêu chí '${item.id}': nhóm '${item.group}' không tồn tại`)
    if (item.formula !== null) messages.push(...checkItemFormula(item))
  }
  const scored = set.classes.filter((entry) => entry.minScore !== null)
  for (let i = 1; i < scored.length; i++)
    if ((scored[i]?.minScore ?? 0) >= (scored[i - 1]?.minScore ?? 0))
      messages.push('Ngưỡng điểm các loại phải giảm dần')
  if (set.maxScore !== null) {
    const total = set.items.reduce((sum, item) => sum + (item.points ?? 0), 0)
    if (total !== set.maxScore)
      messages.push(`Tổng điểm các mục (${total}) khác điểm tối đa (${set.maxScore})`)
  }
  return messages.length === 0 ? { ok: true, set } : { ok: false, messages }
}

function checkItemFormula(item: CriteriaItem): string[] {
  const parsed = parseExpression(item.formula ?? '')
  if (!parsed.ok) return [`Tiêu chí '${item.id}': ${parsed.error.message}`]
  return checkExpression(parsed.ast, BASE_FIELD_SCHEMA, { expect: 'boolean' }).errors.map(
    (error) => `Tiêu chí '${item.id}': ${error.message}`,
  )
}

/** All seeded sets, parsed (defaults filled). */
export function listCriteriaSets(): CriteriaSet[] {
  return CRITERIA_SET_SEEDS.map((seed) => CriteriaSet.parse(seed))
}

/** The set with this code: the given version, or the highest one. */
export function findCriteriaSet(code: string, version?: number): CriteriaSet | undefined {
  const matches = listCriteriaSets().filter(
    (set) => set.code === code && (version === undefined || set.version === version),
  )
  return matches.sort((a, b) => b.version - a.version)[0]
}

/**
 * A province's version of a national set: the national items plus its own (TT 124 Art. 8).
 * @example extendCriteriaSet(findCriteriaSet('tt124-xa')!, 'Đồng Tháp', [{ id: 'DT-1', text: '…', source: 'QĐ …/UBND', confidence: 'H' }])
 */
export function extendCriteriaSet(
  base: CriteriaSet,
  province: string,
  additions: CriteriaSetInput['items'] = [],
): CriteriaSet {
  return CriteriaSet.parse({
    ...base,
    province,
    version: 1,
    extends: { code: base.code, version: base.version },
    code: `${base.code}-${slugify(province)}`,
    items: [...base.items, ...additions.map((item) => ({ ...item, addedBy: province }))],
  })
}

/** The class of a score on a score sheet: the first class whose minimum it reaches. */
export function classifyScore(set: CriteriaSet, score: number): string | undefined {
  return set.classes.find((entry) => entry.minScore !== null && score >= entry.minScore)?.id
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
