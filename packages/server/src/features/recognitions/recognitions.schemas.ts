import { isIssuerCode, RECOGNITION_KINDS } from '@antq/core'
import { z } from 'zod'

const Id = z.coerce.number().int().positive()
const Year = z.coerce.number().int().min(2000).max(2100)
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng yyyy-mm-dd')

export const RecognitionParams = z.object({ recognitionId: Id })

export const ProposeInput = z.strictObject({
  unitId: Id,
  kind: z.enum(RECOGNITION_KINDS),
  year: Year,
  planId: Id,
})
export type ProposeInput = z.infer<typeof ProposeInput>

export const RecognitionActionInput = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('evaluate'),
    criteriaMet: z.number().int().min(0),
    criteriaTotal: z.number().int().positive(),
    note: z.string().trim().max(2000).default(''),
    rowVersion: z.number().int().positive(),
  }),
  z.strictObject({
    action: z.literal('recognise'),
    date: IsoDate,
    issuerCode: z
      .string()
      .trim()
      .refine(isIssuerCode, 'Chữ viết tắt cơ quan viết hoa, ví dụ BCĐ')
      .default('BCĐ'),
    rowVersion: z.number().int().positive(),
  }),
  z.strictObject({
    action: z.enum(['return', 'reject']),
    reason: z.string().trim().min(5).max(2000),
    rowVersion: z.number().int().positive(),
  }),
  z.strictObject({ action: z.literal('resubmit'), rowVersion: z.number().int().positive() }),
])
export type RecognitionActionInput = z.infer<typeof RecognitionActionInput>

export const RecognitionExtensionInput = z.strictObject({
  planId: Id,
  year: Year,
  /** null: every unit of the actor's subtree. */
  unitIds: z.array(Id).min(1).nullable(),
  until: IsoDate,
  reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
})
export type RecognitionExtensionInput = z.infer<typeof RecognitionExtensionInput>

export const RecognitionListQuery = z.object({
  year: Year.optional(),
  kind: z.enum(RECOGNITION_KINDS).optional(),
})

export const QuotaQuery = z.object({ year: Year, scopeUnitId: Id.optional() })
