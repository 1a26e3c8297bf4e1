import { isIssuerCode, RECOGNITION_KINDS } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate, UnitIdList } from '../../http/bounds'

const Year = z.coerce.number().int().min(2000).max(2100)

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
    criteriaMet: z.number().int().min(0).max(DB_INT_MAX),
    criteriaTotal: z.number().int().positive().max(DB_INT_MAX),
    note: z.string().trim().max(2000).default(''),
    rowVersion: z.number().int().positive().max(DB_INT_MAX),
  }),
  z.strictObject({
    action: z.literal('recognise'),
    date: IsoDate,
    issuerCode: z
      .string()
      .trim()
      .max(40)
      .refine(isIssuerCode, 'Chữ viết tắt cơ quan viết hoa, ví dụ BCĐ')
      .default('BCĐ'),
    rowVersion: z.number().int().positive().max(DB_INT_MAX),
  }),
  z.strictObject({
    action: z.enum(['return', 'reject']),
    reason: z.string().trim().min(5).max(2000),
    rowVersion: z.number().int().positive().max(DB_INT_MAX),
  }),
  z.strictObject({
    action: z.literal('resubmit'),
    rowVersion: z.number().int().positive().max(DB_INT_MAX),
  }),
])
export type RecognitionActionInput = z.infer<typeof RecognitionActionInput>

export const RecognitionExtensionInput = z.strictObject({
  planId: Id,
  year: Year,
  /** null: every unit of the actor's subtree. */
  unitIds: UnitIdList.nullable(),
  until: IsoDate,
  reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
})
export type RecognitionExtensionInput = z.infer<typeof RecognitionExtensionInput>

export const RecognitionListQuery = z.object({
  year: Year.optional(),
  kind: z.enum(RECOGNITION_KINDS).optional(),
})

export const QuotaQuery = z.object({ year: Year, scopeUnitId: Id.optional() })
