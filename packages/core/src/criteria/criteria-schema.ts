// A criteria set (bộ tiêu chí) as versioned data an administrator edits: the ANTT standard,
// the movement score sheet, model ratings, exemplary-unit criteria, new-rural indicators.
// Each item says where it comes from and how sure we are (legal.md confidence H/M/L); values
// the sources do not give are present as placeholders marked `assumption: true`.
import { z } from 'zod'
import { UNIT_KINDS } from '../units/unit-kinds'

export const CONFIDENCE_LEVELS = ['H', 'M', 'L'] as const
export const CONFIDENCE_LABELS: Record<(typeof CONFIDENCE_LEVELS)[number], string> = {
  H: 'Đã đối chiếu văn bản',
  M: 'Nguồn thứ cấp',
  L: 'Chưa kiểm chứng',
}
const MonthDay = z.string().regex(/^\d{2}-\d{2}$/, 'Ngày hằng năm có dạng mm-dd')

export const CRITERIA_KINDS = [
  'pass_fail',
  'score',
  'rating',
  'indicator',
  'classification',
] as const

const provenance = {
  /** The legal text and article, e.g. "TT 124/2021/TT-BCA, Điều 4 khoản 1". */
  source: z.string().min(1),
  confidence: z.enum(CONFIDENCE_LEVELS),
  /** True when the value is not from a source but a placeholder or a guess to confirm. */
  assumption: z.boolean().default(false),
  note: z.string().min(1).nullable().default(null),
}

export const CriteriaItem = z.strictObject({
  ...provenance,
  id: z.string().min(1),
  group: z.string().min(1).nullable().default(null),
  text: z.string().min(1),
  points: z.number().nonnegative().nullable().default(null),
  /** A formula when the item can be computed from reported data. */
  formula: z.string().min(1).nullable().default(null),
  /** The evidence a reviewer needs when the item is attested rather than computed. */
  evidence: z.string().min(1).nullable().default(null),
  /** Set on items a province adds to the national set (TT 124 Art. 8 allows this). */
  addedBy: z.string().min(1).nullable().default(null),
})
export type CriteriaItem = z.infer<typeof CriteriaItem>

export const CriteriaGroup = z.strictObject({
  ...provenance,
  id: z.string().min(1),
  title: z.string().min(1),
})

export const CriteriaClass = z.strictObject({
  ...provenance,
  id: z.string().min(1),
  label: z.string().min(1),
  /** Lowest score for the class (score sheets); null for classes decided otherwise. */
  minScore: z.number().nonnegative().nullable().default(null),
})
export type CriteriaClass = z.infer<typeof CriteriaClass>

export const PassRule = z.strictObject({
  ...provenance,
  type: z.enum(['all', 'count_at_least', 'min_score', 'classes']),
  count: z.number().int().positive().nullable().default(null),
})

export const CriteriaSet = z.strictObject({
  ...provenance,
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.number().int().positive(),
  title: z.string().min(1),
  kind: z.enum(CRITERIA_KINDS),
  unitKinds: z.array(z.enum(UNIT_KINDS)).default([]),
  /** null for a national set; a province name for its own set or its additions. */
  province: z.string().min(1).nullable().default(null),
  extends: z
    .strictObject({ code: z.string().min(1), version: z.number().int().positive() })
    .nullable()
    .default(null),
  validFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  validUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  /** Evaluation year as mm-dd bounds (e.g. 11-01 → 10-31 for residential areas). */
  evaluationPeriod: z.strictObject({ start: MonthDay, end: MonthDay }).nullable().default(null),
  /** Yearly deadline (mm-dd) for finishing the evaluation. */
  deadline: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  maxScore: z.number().positive().nullable().default(null),
  groups: z.array(CriteriaGroup).default([]),
  items: z.array(CriteriaItem).default([]),
  classes: z.array(CriteriaClass).default([]),
  passRule: PassRule,
})
export type CriteriaSet = z.infer<typeof CriteriaSet>
export type CriteriaSetInput = z.input<typeof CriteriaSet>
