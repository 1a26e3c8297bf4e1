import { z } from 'zod'
import { DB_INT_MAX, IsoDate } from '../../http/bounds'

export const EVALUATION_KINDS = ['antt', 'movement', 'exemplary', 'model', 'complexity'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]

const Year = z.coerce.number().int().min(2000).max(2100)

export const EvaluationParams = z.object({
  unitId: z.coerce.number().int().positive().max(DB_INT_MAX),
  kind: z.enum(EVALUATION_KINDS),
  year: Year,
})
export const UnitParams = z.object({ unitId: z.coerce.number().int().positive().max(DB_INT_MAX) })
export const UnitYearQuery = z.object({ year: Year.optional() })
export const ListQuery = z.object({
  kind: z.enum(EVALUATION_KINDS).optional(),
  year: Year.optional(),
  unitId: z.coerce.number().int().positive().max(DB_INT_MAX).optional(),
})

/**
 * Self-assessment fields (`campaign:report` on the unit): answers, selfScore, evidence.
 * Decision fields (`campaign:review` from a level above): everything else.
 */
export const EvaluationInput = z
  .object({
    criteriaSetKey: z
      .string()
      .max(60)
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .optional(),
    answers: z
      .record(z.string().max(60), z.boolean().nullable())
      .refine((answers) => Object.keys(answers).length <= 500, 'Quá nhiều tiêu chí')
      .optional(),
    selfScore: z.number().min(0).max(1000).nullable().optional(),
    evidence: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
    reviewerScore: z.number().min(0).max(1000).nullable().optional(),
    targetsCompletedShare: z.number().min(0).max(1).nullable().optional(),
    findings: z
      .object({ securityComplex: z.boolean(), socialOrderComplex: z.boolean() })
      .strict()
      .optional(),
    decisionNumber: z.string().trim().min(1).max(100).nullable().optional(),
    decisionDate: IsoDate.nullable().optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
export type EvaluationInput = z.infer<typeof EvaluationInput>

export const SELF_FIELDS = ['answers', 'selfScore', 'evidence'] as const
export const DECISION_FIELDS = [
  'reviewerScore',
  'targetsCompletedShare',
  'findings',
  'decisionNumber',
  'decisionDate',
] as const
