import { STANDARD_STATUSES } from '@antq/core'
import { z } from 'zod'
import { Id as id, IsoDate } from '../../http/bounds'

const isoDate = IsoDate
const kind = z.string().regex(/^[a-z0-9_]{1,40}$/, 'Loại tiêu chuẩn không hợp lệ')

export const UnitParams = z.object({ unitId: id })
export const RecordParams = z.object({ unitId: id, standardId: id })
export const ScopeQuery = z.object({ kind: kind.optional() })

// The shape and sizes only; core's rules say in Vietnamese what a record must hold.
const fields = {
  status: z.enum(STANDARD_STATUSES),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
  decisionNumber: z.string().trim().min(1).max(100).nullable().default(null),
  decisionDate: isoDate.nullable().default(null),
  decisionIssuer: z.string().trim().min(1).max(300).nullable().default(null),
  answers: z
    .record(z.string().max(40), z.boolean())
    .refine((record) => Object.keys(record).length <= 50, { message: 'Quá nhiều tiêu chí' })
    .nullable()
    .default(null),
  note: z.string().trim().max(2000).nullable().default(null),
}

export const CreateStandardInput = z.object({ kind, ...fields }).strict()
export const CorrectStandardInput = z
  .object({
    ...fields,
    version: z.number().int().min(1).max(1_000_000),
    reason: z.string().trim().min(5, 'Cần ghi lý do điều chỉnh (ít nhất 5 ký tự)').max(2000),
  })
  .strict()
export type CreateStandardInput = z.infer<typeof CreateStandardInput>
export type CorrectStandardInput = z.infer<typeof CorrectStandardInput>
