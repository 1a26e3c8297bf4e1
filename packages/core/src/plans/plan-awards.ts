// Award forms, their quotas and dossiers; the criteria each subject must meet; and gates that
// bar any award (plan 002: no award unless recognised ANTT and the movement is not weak).
import { z } from 'zod'
import { quotaCountProblem } from '../awards/quota-count'
import { UNIT_KINDS } from '../units/unit-kinds'
import { clause, ElementId, Formula, IdList } from './plan-primitives'

export const DOSSIER_KINDS = [
  'submission_letter',
  'list',
  'minutes',
  'achievement_report',
  'results_report',
  'title_copies',
  'registration',
  'other',
] as const

export const Quota = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('fixed'),
    // Refused with the value read, never clamped (quota-count.ts).
    count: z.number().superRefine((count, context) => {
      const problem =
        quotaCountProblem(count) ??
        (count < 1 ? `Chỉ tiêu cố định phải từ 1 trở lên: ${count}` : null)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    }),
    recipients: z.enum(['collective', 'individual', 'both']),
  }),
  /** Numbers allocated from above (UBND tỉnh, Công an tỉnh, Bộ Công an). */
  z.strictObject({ type: z.literal('allocated'), by: z.string().min(1) }),
  /** Left to the decider's discretion. */
  z.strictObject({ type: z.literal('discretion'), by: z.string().min(1) }),
])
export type Quota = z.infer<typeof Quota>

export const AwardDossier = z.strictObject({
  ...clause,
  sets: z.number().int().positive(),
  originals: z.boolean(),
  items: IdList.min(1),
})

export const AwardForm = z.strictObject({
  ...clause,
  id: ElementId,
  name: z.string().min(1),
  /** The authority whose award it is, e.g. "Bộ Công an", "UBND tỉnh". */
  authority: z.string().min(1),
  proposer: z.string().min(1).nullable(),
  decider: z.string().min(1),
  quota: Quota,
  dossier: AwardDossier.nullable(),
  subjects: IdList.default([]),
  /** Whether units register for this form at the start of the year. */
  registrable: z.boolean().default(false),
})
export type AwardForm = z.infer<typeof AwardForm>

export const ComputedCondition = z.strictObject({ ...clause, id: ElementId, formula: Formula })
export const AttestedCondition = z.strictObject({
  ...clause,
  id: ElementId,
  /** What evidence a reviewer needs to accept the condition. */
  evidence: z.string().min(1),
})

export const AwardCriteria = z.strictObject({
  ...clause,
  id: ElementId,
  subjects: IdList.min(1, 'Cần ít nhất một đối tượng'),
  /** The forms these criteria govern; empty means every form open to the subject. */
  awards: IdList.default([]),
  computed: z.array(ComputedCondition).default([]),
  attested: z.array(AttestedCondition).default([]),
})
export type AwardCriteria = z.infer<typeof AwardCriteria>

export const AwardGate = z.strictObject({
  ...clause,
  id: ElementId,
  /** Must hold for a unit to receive any emulation title or award. */
  condition: Formula,
  subjects: IdList.default([]),
  unitKinds: z.array(z.enum(UNIT_KINDS)).default([]),
})
export type AwardGate = z.infer<typeof AwardGate>

export const DossierItem = z.strictObject({
  ...clause,
  id: ElementId,
  name: z.string().min(1),
  kind: z.enum(DOSSIER_KINDS),
  /** Who certifies the document, when the plan says ("có xác nhận của…"). */
  certifiedBy: z.string().min(1).nullable().default(null),
  optional: z.boolean().default(false),
})
export type DossierItem = z.infer<typeof DossierItem>
