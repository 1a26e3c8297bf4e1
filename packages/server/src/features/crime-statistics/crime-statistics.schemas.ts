import { CRIME_STATISTIC_KINDS } from '@antq/core'
import { z } from 'zod'
import { Id as id } from '../../http/bounds'

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng theo dạng yyyy-mm')
const year = z.coerce.number().int().min(2000).max(2100)

export const UnitParams = z.object({ unitId: id })
export const MonthParams = z.object({ unitId: id, month })
export const YearQuery = z.object({ year })
export const ImportQuery = z.object({
  year,
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
})

// Values are checked by core's rules (whole numbers, parts within wholes) so the refusal says
// which figure and why in Vietnamese; here only the shape and the size are bounded.
const values = z
  .record(z.string().max(40), z.unknown())
  .refine((record) => Object.keys(record).length <= CRIME_STATISTIC_KINDS.length, {
    message: 'Quá nhiều chỉ số',
  })

export const SaveMonthInput = z
  .object({ values, version: z.number().int().min(0).max(1_000_000) })
  .strict()
export const CorrectMonthInput = z
  .object({
    values,
    version: z.number().int().min(0).max(1_000_000),
    reason: z.string().trim().min(5, 'Cần ghi lý do điều chỉnh (ít nhất 5 ký tự)').max(2000),
  })
  .strict()
export type SaveMonthInput = z.infer<typeof SaveMonthInput>
