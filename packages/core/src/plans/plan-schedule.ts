// Dates and duties: deadlines and what each closes, recognition routes by level, reporting
// obligations and the reporting calendar, budget lines. Tasks and their bodies: plan-bodies.ts.
import { z } from 'zod'
import { UNIT_KINDS } from '../units/unit-kinds'
import { TASK_OWNER_LEVELS } from './plan-bodies'
import { AnnualDate, clause, ElementId, IdList, IsoDate, Year } from './plan-primitives'

export const DEADLINE_CLOSES = [
  'registration',
  'plan_submission',
  'dossier',
  'appraisal',
  'recognition',
  'report',
  'campaign_end',
] as const
export const FREQUENCIES = [
  'once',
  'monthly',
  'quarterly',
  'six_monthly',
  'yearly',
  'phase',
] as const
export const REPORT_KINDS = [
  'report',
  'interim_review',
  'final_review',
  'announcement',
  'inspection',
] as const

const when = {
  /** A fixed date. */
  date: IsoDate.nullable().default(null),
  /** A date repeated every year (mm-dd). */
  annual: AnnualDate.nullable().default(null),
}

/**
 * Who must send their own plan (a plan_submission deadline): bodies the plan names and every
 * unit of a level under the issuer ("UBND các xã, thị trấn"). Null: the plan does not say.
 */
export const Submitters = z.strictObject({
  bodies: IdList.max(200).default([]),
  levels: z.array(z.enum(TASK_OWNER_LEVELS)).max(2).default([]),
})
export type Submitters = z.infer<typeof Submitters>

export const Deadline = z.strictObject({
  ...clause,
  id: ElementId,
  ...when,
  closes: z.enum(DEADLINE_CLOSES),
  /** Who must act, and to whom they send. */
  by: z.string().min(1).nullable().default(null),
  to: z.string().min(1).nullable().default(null),
  awards: IdList.default([]),
  submitters: Submitters.nullable().default(null),
})
export type Deadline = z.infer<typeof Deadline>

export const RecognitionRoute = z.strictObject({
  ...clause,
  id: ElementId,
  level: z.enum(['commune', 'district', 'province']),
  advisor: z.string().min(1),
  evaluator: z.string().min(1),
  recognizer: z.string().min(1),
  unitKinds: z.array(z.enum(UNIT_KINDS)).min(1),
})
export type RecognitionRoute = z.infer<typeof RecognitionRoute>

/** NĐ 09/2019: the reporting year runs 15/12 to 14/12 unless the plan says otherwise. */
export const ReportingCalendar = z.strictObject({
  basis: z.enum(['nd09_2019', 'plan']).default('nd09_2019'),
  yearStart: AnnualDate.default('12-15'),
  yearEnd: AnnualDate.default('12-14'),
  source: z.string().min(1).nullable().default(null),
  text: z.string().min(1).nullable().default(null),
})

export const REPORT_LEVELS = ['commune', 'district', 'province'] as const
export type ReportLevel = (typeof REPORT_LEVELS)[number]

export const ReportingObligation = z.strictObject({
  ...clause,
  id: ElementId,
  label: z.string().min(1),
  reporter: z.string().min(1),
  recipient: z.string().min(1),
  /** The levels whose every unit under the issuer owes the report (the issuer too, at its level). */
  reporterLevels: z.array(z.enum(REPORT_LEVELS)).max(3).default([]),
  /** Plan bodies that owe it besides the levels (body ids). */
  reporterBodies: IdList.default([]),
  /**
   * The level that receives it: a reporter's nearest unit of that level above it. Null when it
   * goes to the reporter's own level (cùng cấp) or outside the register (cấp trên của tỉnh).
   */
  recipientLevel: z.enum(REPORT_LEVELS).nullable().default(null),
  frequency: z.enum(FREQUENCIES),
  kind: z.enum(REPORT_KINDS),
  ...when,
})
export type ReportingObligation = z.infer<typeof ReportingObligation>

export const Reporting = z.strictObject({
  calendar: ReportingCalendar.default({
    basis: 'nd09_2019',
    yearStart: '12-15',
    yearEnd: '12-14',
    source: null,
    text: null,
  }),
  obligations: z.array(ReportingObligation).default([]),
})

export const BUDGET_FUNDING = ['state_budget', 'socialised', 'other'] as const
export type BudgetFunding = (typeof BUDGET_FUNDING)[number]

/**
 * A budget line (kinh phí): who prepares the estimate (dự toán) and who approves it, named by
 * plan body id or by level ("các xã, thị trấn" each estimate their own share), never free text.
 */
export const BudgetLine = z.strictObject({
  ...clause,
  id: ElementId,
  /** What the line pays for, in a few words ("Dự toán kinh phí hằng năm"). */
  label: z.string().min(1).max(200).nullable().default(null),
  funding: z.array(z.enum(BUDGET_FUNDING)).min(1),
  /** Bodies (`bodies` ids) that prepare an estimate for their own part. */
  estimateBy: IdList.default([]),
  /** Every unit of these levels in the plan's territory estimates its own share. */
  estimateLevels: z.array(z.enum(TASK_OWNER_LEVELS)).default([]),
  /** The body (`bodies` id) whose clerk approves the estimates; null: the plan's owner. */
  approvedBy: ElementId.nullable().default(null),
  cadence: z.enum(['once', 'yearly']),
  year: Year.nullable().default(null),
  amount: z.number().nonnegative().nullable().default(null),
})
export type BudgetLine = z.infer<typeof BudgetLine>

export const CriteriaSetUse = z.strictObject({
  ...clause,
  code: z.string().min(1),
  /** The legal document the set comes from, as the plan cites it. */
  ref: z.string().min(1).nullable().default(null),
  use: z.enum(['antt', 'movement', 'model_rating', 'exemplary', 'new_rural', 'complexity']),
})

/** A clause with numbers or dates the system records but does not enforce, and why. */
export const NotEnforced = z.strictObject({
  ...clause,
  values: z.array(z.union([z.string().min(1), z.number()])).min(1),
  reason: z.string().min(1),
})
export type NotEnforced = z.infer<typeof NotEnforced>
