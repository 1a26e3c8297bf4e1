// Who is outside the ANTT standard (Thông tư 124/2021 Art. 1–2), written once as data: the
// reason shown for a unit (findAnttExclusion) and the formula the targets engine compiles to
// SQL (anttExclusionFormula) both read ANTT_EXCLUSION_RULES, so they cannot drift apart.
import type { Expr } from '../rules/ast'
import { binary, field, isOneOf, isTrue, str } from '../rules/builders'
import type { UnitKind } from './unit-kinds'

type RuleField = 'subtype' | 'enterpriseSize' | 'schoolLevel'
export type AnttExclusionRule = {
  kind: UnitKind
  /** The register attribute that excludes the unit, and its values; none: the whole kind. */
  when?: { field: RuleField; values: readonly string[] }
  reason: string
}

export const ANTT_EXCLUSION_RULES: readonly AnttExclusionRule[] = [
  ...(['province', 'district'] as const).map((kind) => ({
    kind,
    reason:
      'Tiêu chuẩn áp dụng cho khu dân cư, xã, cơ quan, doanh nghiệp, cơ sở giáo dục (Thông tư 124/2021, Điều 1)',
  })),
  // TT 124 covers organisations "funded by the state budget": religious ones are not.
  {
    kind: 'organisation',
    when: { field: 'subtype', values: ['religious'] },
    reason: 'Tổ chức tôn giáo không thuộc đối tượng (Thông tư 124/2021, Điều 2)',
  },
  {
    kind: 'agency',
    when: { field: 'subtype', values: ['armed_forces'] },
    reason: 'Đơn vị lực lượng vũ trang không thuộc đối tượng (Thông tư 124/2021, Điều 2)',
  },
  {
    kind: 'enterprise',
    when: { field: 'enterpriseSize', values: ['small', 'micro'] },
    reason: 'Doanh nghiệp nhỏ và siêu nhỏ không thuộc đối tượng (Thông tư 124/2021, Điều 2)',
  },
  {
    kind: 'school',
    when: { field: 'schoolLevel', values: ['primary', 'kindergarten', 'creche'] },
    reason: 'Trường tiểu học, mầm non, nhà trẻ không thuộc đối tượng (Thông tư 124/2021, Điều 2)',
  },
]

type AnttSubject = { kind: UnitKind } & Partial<Record<RuleField, string | null>>

/**
 * Whether a unit is subject to the ANTT standard; returns the Vietnamese reason when excluded.
 * @example findAnttExclusion({ kind: 'school', subtype: null, schoolLevel: 'primary', enterpriseSize: null }) // 'Trường tiểu học, …'
 */
export function findAnttExclusion(unit: AnttSubject): string | undefined {
  return ANTT_EXCLUSION_RULES.find(
    (rule) =>
      rule.kind === unit.kind &&
      (!rule.when || rule.when.values.includes(unit[rule.when.field] ?? '')),
  )?.reason
}

/**
 * Whether a formula field belongs to the movement's own population — the ANTT standard, the
 * movement class, the exemplary unit — so TT 124's excluded units are out of any target
 * reading it: QĐ 510 classifies and QĐ 9745 recognises the bodies TT 124 covers (issue 10 S1).
 * @example isMovementField('movement.class') // true
 */
export function isMovementField(name: string): boolean {
  return /^(antt|movement|exemplary)\./.test(name)
}

const FORMULA_FIELDS: Record<RuleField, string> = {
  subtype: 'unit.subtype',
  enterpriseSize: 'unit.enterprise_size',
  schoolLevel: 'unit.school_level',
}

/**
 * The same rules as a formula over the unit fields (true: excluded). An unknown attribute does
 * not exclude (isTrue), as findAnttExclusion reads a missing value.
 */
export function anttExclusionFormula(): Expr {
  const parts = ANTT_EXCLUSION_RULES.map((rule) => {
    const kind = binary('=', field('unit.kind'), str(rule.kind))
    if (!rule.when) return kind
    const listed = isTrue(isOneOf(field(FORMULA_FIELDS[rule.when.field]), rule.when.values))
    return binary('and', kind, listed)
  })
  return parts.reduce((all, part) => binary('or', all, part))
}
