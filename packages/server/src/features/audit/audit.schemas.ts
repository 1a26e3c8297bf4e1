import { z } from 'zod'
import { DB_INT_MAX, IsoDate, PAGE_MAX } from '../../http/bounds'

export const ListAuditQuery = z.object({
  unitId: z.coerce.number().int().positive().max(DB_INT_MAX).optional(),
  actor: z.string().trim().max(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(PAGE_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
export type ListAuditQuery = z.infer<typeof ListAuditQuery>
