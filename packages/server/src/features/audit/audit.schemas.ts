import { parseDateVi } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, PAGE_MAX } from '../../http/bounds'

// A real calendar date: "2025-02-30" matches the pattern but is not a day.
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd')
  .refine((value) => parseDateVi(value) === value, 'Ngày không tồn tại')

export const ListAuditQuery = z.object({
  unitId: z.coerce.number().int().positive().max(DB_INT_MAX).optional(),
  actor: z.string().trim().max(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(PAGE_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
export type ListAuditQuery = z.infer<typeof ListAuditQuery>
