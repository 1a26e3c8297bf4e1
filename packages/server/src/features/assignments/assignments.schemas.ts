import { ASSIGNMENT_ACTIONS, ASSIGNMENT_STATUSES, MAX_ASSIGNMENT_NOTE } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id as id } from '../../http/bounds'

const year = z.coerce
  .number({ message: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm không hợp lệ')
  .max(2100, 'Năm không hợp lệ')
export const note = z
  .string()
  .trim()
  .max(MAX_ASSIGNMENT_NOTE, `Nội dung tối đa ${MAX_ASSIGNMENT_NOTE} ký tự`)

export const AssignmentParams = z.object({ id })
export const FileParams = z.object({ id, fileId: id })
export const PlanParams = z.object({ planId: id })

const list = {
  year,
  status: z.enum(ASSIGNMENT_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  late: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
}
export const UnitListQuery = z.object({ ...list, unitId: id.optional() })
export const PlanListQuery = z.object({ ...list, unitId: id.optional() })
export const ScorecardQuery = z.object({ year })
export const GenerateInput = z.object({ year: z.number().int().min(2000).max(2100) }).strict()

export const AssignmentActionInput = z
  .object({
    action: z.enum(ASSIGNMENT_ACTIONS, { message: 'Thao tác không hợp lệ' }),
    note: note.optional(),
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
  })
  .strict()
