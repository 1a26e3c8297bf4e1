// Inputs of the budget routes, bounded: amounts are checked again by core (whole đồng, 100 tỷ).
import { BUDGET_ACTIONS, BUDGET_FUNDING, ElementId } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate } from '../../http/bounds'

const Amount = z.number({ message: 'Số tiền phải là số' }).finite().min(-1e15).max(1e15)

export const PlanParams = z.strictObject({ planId: Id })
export const UnitParams = z.strictObject({ planId: Id, unitId: Id })
export const EstimateParams = z.strictObject({ planId: Id, estimateId: Id })
export const FileParams = z.strictObject({ planId: Id, fileId: Id })
export const YearQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})

export const EstimateInput = z.strictObject({
  lineId: ElementId,
  year: z.number().int().min(2000).max(2100),
  funding: z.enum(BUDGET_FUNDING),
  amount: Amount,
  note: z.string().trim().max(1000).nullable().default(null),
  rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
})

export const EstimateActionInput = z.strictObject({
  action: z.enum(BUDGET_ACTIONS),
  reason: z.string().trim().max(1000).nullable().default(null),
  rowVersion: z.number().int().positive().max(DB_INT_MAX),
})

export const SpendingInput = z.strictObject({
  spentOn: IsoDate,
  amount: Amount,
  purpose: z.string().trim().min(1, 'Cần ghi nội dung chi').max(500),
  documentNumber: z.string().trim().min(1, 'Cần ghi số chứng từ').max(60),
  documentDate: IsoDate,
  fileId: Id.nullable().default(null),
})
