import { z } from 'zod'
import { DB_INT_MAX, Id as id, IsoDate, UnitIdList } from '../../http/bounds'

// Each figure is checked against the plan's form by core; here the shape and size are bounded.
const Figures = z
  .record(
    z.string().max(100),
    z.union([z.number().min(-1e12).max(1e12), z.boolean(), z.string().max(2000), z.null()]),
  )
  .refine((figures) => Object.keys(figures).length <= 500, 'Báo cáo có quá nhiều chỉ số')
const periodId = z.string().trim().min(1).max(20)

export const PlanParams = z.object({ planId: id })
export const ReportParams = z.object({ planId: id, unitId: id, periodId })
export const PeriodsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})
export const ReportsQuery = z.object({ periodId, unitId: id.optional() })
export const ImportQuery = z.object({
  periodId,
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
})
export const SaveReportInput = z
  .object({
    figures: Figures,
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
  })
  .strict()
export const ReportActionInput = z
  .object({
    action: z.enum(['submit', 'withdraw', 'accept', 'return', 'reopen', 'revise']),
    reason: z.string().trim().max(2000).optional(),
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
  })
  .strict()

export const ReportExtensionInput = z
  .object({
    periodId,
    unitIds: UnitIdList.nullable(),
    until: IsoDate,
    reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
  })
  .strict()

export const LateEntryInput = z
  .object({
    figures: Figures,
    reason: z.string().trim().min(1, 'Cần ghi lý do nhập muộn').max(2000),
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
  })
  .strict()
