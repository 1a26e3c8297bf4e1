import { z } from 'zod'

const id = z.coerce.number().int().positive()
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
    figures: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()])),
    rowVersion: z.number().int().positive().optional(),
  })
  .strict()
export const ReportActionInput = z
  .object({
    action: z.enum(['submit', 'withdraw', 'accept', 'return', 'reopen', 'revise']),
    reason: z.string().trim().max(2000).optional(),
    rowVersion: z.number().int().positive().optional(),
  })
  .strict()

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng yyyy-mm-dd')
export const ReportExtensionInput = z
  .object({
    periodId,
    unitIds: z.array(id).min(1).max(5000).nullable(),
    until: IsoDate,
    reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
  })
  .strict()

export const LateEntryInput = z
  .object({
    figures: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()])),
    reason: z.string().trim().min(1, 'Cần ghi lý do nhập muộn').max(2000),
    rowVersion: z.number().int().positive().optional(),
  })
  .strict()
