// Targets (chỉ tiêu): what is measured, over which units, against which threshold and by when.
// A measure is data, not a formula, so the UI can show it plainly; buildTargetExpression turns
// it into a formula for evaluation and SQL.
import { z } from 'zod'
import { AREA_TYPES, UNIT_KINDS } from '../units/unit-kinds'
import {
  clause,
  Comparator,
  ElementId,
  FieldName,
  Formula,
  IsoDate,
  Threshold,
  UnitKindList,
  Year,
} from './plan-primitives'

export const POPULATIONS = ['households', 'staff', 'pupils', 'members', 'people'] as const
export const GROUP_LEVELS = ['province', 'district', 'commune'] as const

export const Measure = z.discriminatedUnion('type', [
  /**
   * Share of units in scope meeting a condition, e.g. recognised ANTT. `among` narrows the
   * denominator to the units meeting it ("có đăng ký, trong đó 95% được công nhận": among the
   * registered); a unit then counts in the numerator only if it meets both.
   */
  z.strictObject({
    type: z.literal('unit_share'),
    condition: Formula,
    among: Formula.optional(),
  }),
  /** Share of households or people reached: sum of a reached figure over sum of a total. */
  z.strictObject({
    type: z.literal('population_share'),
    population: z.enum(POPULATIONS),
    reached: Formula,
    total: Formula,
  }),
  /** A ratio of two summed figures, e.g. cases solved over cases. */
  z.strictObject({ type: z.literal('ratio'), numerator: Formula, denominator: Formula }),
  /** How many units in scope meet a condition (optionally "x of N"). */
  z.strictObject({
    type: z.literal('count'),
    condition: Formula,
    outOf: z.number().int().positive().nullable().default(null),
  }),
  /** Relative change of a summed figure against a baseline year. */
  z.strictObject({
    type: z.literal('change_vs_baseline'),
    value: Formula,
    baselineYear: Year,
    direction: z.enum(['decrease', 'increase']),
  }),
  /** A figure units report, aggregated over the scope. */
  z.strictObject({
    type: z.literal('reported_value'),
    value: Formula,
    aggregate: z.enum(['sum', 'min', 'max']),
  }),
])
export type Measure = z.infer<typeof Measure>
export type MeasureType = Measure['type']

export const TargetScope = z.strictObject({
  unitKinds: UnitKindList,
  /**
   * `issuer`: units the issuer manages or is delegated; `territory`: all units in its area;
   * `level`: units managed by the level the target is judged at, the `per` level (each
   * district's own units, "thuộc cấp huyện quản lý"), so it needs `per`.
   */
  managedBy: z.enum(['issuer', 'territory', 'level']).default('issuer'),
  area: z.enum(AREA_TYPES).nullable().default(null),
  /** Extra row filter, e.g. `unit.subtype = "xa"`. */
  where: Formula.nullable().default(null),
  /** Evaluate separately for each group (e.g. each district must reach the threshold). */
  per: z.enum(GROUP_LEVELS).nullable().default(null),
  /**
   * The level whose own obligation the target is ("toàn tỉnh ít nhất 16 đơn vị"): judged only
   * at scopes of that level (or the issuer's own scope when it is the issuer's level); below it
   * the scope shows its contribution as not applicable. Unset: a count with a fixed number is
   * owed by the issuer's level, any share by every scope.
   */
  owedBy: z.enum(GROUP_LEVELS).optional(),
})
export type TargetScope = z.infer<typeof TargetScope>

const goal = {
  comparator: Comparator,
  threshold: Threshold,
  /** The top of a range the plan gives ("từ 5% đến 10%"); informative, not a ceiling. */
  upper: Threshold.nullable().default(null),
}

export const Milestone = z.strictObject({
  ...goal,
  due: IsoDate.nullable().default(null),
  phase: ElementId.nullable().default(null),
})

export const Target = z.strictObject({
  ...clause,
  id: ElementId,
  label: z.string().min(1),
  measure: Measure,
  scope: TargetScope,
  ...goal,
  due: IsoDate.nullable().default(null),
  recurrence: z.enum(['once', 'yearly']).default('once'),
  milestones: z.array(Milestone).default([]),
  /** Criteria sets the target refers to (e.g. new-rural indicator 19.2). */
  criteria: z
    .array(z.strictObject({ set: z.string().min(1), label: z.string().min(1) }))
    .default([]),
  /** The parent plan's target this one makes concrete; it may tighten, never loosen it. */
  parentTarget: ElementId.nullable().default(null),
})
export type Target = z.infer<typeof Target>
export type Milestone = z.infer<typeof Milestone>

/** A figure the plan asks units to report, added to the formula schema for this plan. */
export const FieldDeclaration = z.strictObject({
  ...clause,
  id: FieldName,
  label: z.string().min(1),
  type: z.enum(['number', 'boolean', 'string', 'enum']),
  values: z.array(z.string().min(1)).default([]),
  reportedBy: z.array(z.enum(UNIT_KINDS)).default([]),
})
export type FieldDeclaration = z.infer<typeof FieldDeclaration>

/** A classification the plan runs (e.g. commune complexity types), binding an enum field. */
export const Classification = z.strictObject({
  ...clause,
  id: ElementId,
  field: FieldName,
  label: z.string().min(1),
  classes: z.array(z.strictObject({ value: z.string().min(1), label: z.string().min(1) })).min(2),
  cadence: z.enum(['once', 'yearly']),
  unitKinds: UnitKindList,
})
export type Classification = z.infer<typeof Classification>
