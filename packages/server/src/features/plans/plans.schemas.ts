import { z } from 'zod'
import { DB_INT_MAX } from '../../http/bounds'

export const PlanIdParams = z.object({ id: z.coerce.number().int().positive().max(DB_INT_MAX) })
export const PlanTextInput = z
  .object({
    text: z.string().min(1, 'Tệp kế hoạch rỗng').max(1_000_000, 'Tệp kế hoạch lớn hơn 1 MB'),
  })
  .strict()
export const SaveDraftInput = z
  .object({
    definition: z.unknown(),
    reason: z.string().trim().max(500).optional(),
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
  })
  .strict()
export const PlanActionInput = z
  .object({
    action: z.enum(['publish', 'close', 'revise']),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
export const ExportQuery = z.object({ format: z.enum(['yaml', 'docx']).default('yaml') })
