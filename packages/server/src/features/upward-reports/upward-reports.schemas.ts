import { z } from 'zod'
import { DB_INT_MAX, Id as id } from '../../http/bounds'

const obligationId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .max(100)
const periodKey = z
  .string()
  .regex(/^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, 'Kỳ báo cáo không hợp lệ')
/** A written section: at most 20 000 characters (some pages of text). */
const section = z.string().max(20_000, 'Mỗi phần tối đa 20.000 ký tự').default('')

export const PlanParams = z.object({ planId: id })
export const UnitQuery = z.object({
  unitId: id,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})
export const ReportParams = z.object({ planId: id, obligationId, periodKey, unitId: id })
export const OccurrenceParams = z.object({ planId: id, obligationId, periodKey })
export const RecipientQuery = z.object({ unitId: id })
export const DocumentQuery = z.object({ format: z.enum(['docx', 'pdf']).default('docx') })
export const SaveSectionsInput = z
  .object({
    sections: z.object({ narrative: section, shortcomings: section, proposals: section }).strict(),
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
  })
  .strict()
export const UpwardReportActionInput = z
  .object({
    action: z.enum(['submit', 'receive', 'return']),
    reason: z.string().trim().max(2000).optional(),
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
  })
  .strict()
