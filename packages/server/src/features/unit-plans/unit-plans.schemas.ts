import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate, UnitIdList } from '../../http/bounds'

const DeadlineId = z.string().min(1).max(80)

export const PlanParams = z.object({ planId: Id })
export const DeadlineParams = z.object({ planId: Id, deadlineId: DeadlineId })
export const UnitParams = z.object({ planId: Id, deadlineId: DeadlineId, unitId: Id })
export const FileParams = z.object({ id: Id })

export const ChildPlanInput = z.strictObject({
  childPlanId: z.number().int().positive().max(DB_INT_MAX),
})

export const ReviewInput = z.strictObject({
  action: z.enum(['accept', 'return']),
  reason: z.string().trim().max(2000).optional(),
  rowVersion: z.number().int().positive().max(DB_INT_MAX),
})

export const UnitPlanExtensionInput = z.strictObject({
  unitIds: UnitIdList.nullable(),
  until: IsoDate,
  reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
})
