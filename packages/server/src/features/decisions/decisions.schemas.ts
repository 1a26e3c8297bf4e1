import { isIssuerCode, REVOCATION_GROUNDS } from '@antq/core'
import { z } from 'zod'
import { Id, IsoDate } from '../../http/bounds'

export const DecisionParams = z.object({ decisionId: Id })

export const DecisionInput = z
  .strictObject({
    issuerUnitId: Id,
    /** Optional: the award form's decider gives it (QĐ-CAT, QĐ-UBND); a different one is refused. */
    issuerCode: z
      .string()
      .trim()
      .max(40)
      .refine(isIssuerCode, 'Chữ viết tắt cơ quan viết hoa, ví dụ UBND')
      .optional(),
    planId: Id,
    awardFormId: z.string().min(1).max(100),
    nominationIds: z.array(Id).min(1).max(5000),
    meetingId: Id.optional(),
    date: IsoDate,
    /** A signer of the issuing body's list (ADR 030); or the name and title typed in. */
    signerKey: z.string().trim().min(1).max(40).optional(),
    signerName: z.string().trim().min(2).max(200).optional(),
    signerTitle: z.string().trim().min(2).max(200).optional(),
  })
  .superRefine((input, context) => {
    if (!input.signerKey && (!input.signerName || !input.signerTitle))
      context.addIssue({
        code: 'custom',
        path: ['signerKey'],
        message: 'Chọn người ký trong danh sách, hoặc nhập họ tên và chức vụ người ký',
      })
  })
export type DecisionInput = z.infer<typeof DecisionInput>

export const RevokeInput = z.strictObject({
  ground: z.enum(REVOCATION_GROUNDS),
  reason: z.string().trim().min(10).max(2000),
  /** Omitted: the whole decision. */
  nominationIds: z.array(Id).min(1).max(5000).optional(),
})
export type RevokeInput = z.infer<typeof RevokeInput>

export const DecisionListQuery = z.object({
  planKey: z.string().min(1).max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})
