// Building blocks shared by every part of a plan definition: clause references, verbatim
// text, ids, dates, thresholds. Every element of a plan spreads `clause` so it carries the
// clause it encodes (`source`, e.g. "IV.2") and the clause's verbatim Vietnamese (`text`).
import { z } from 'zod'
import { UNIT_KINDS } from '../units/unit-kinds'

export const clause = {
  source: z.string().min(1, 'Cần ghi điều khoản nguồn (ví dụ "IV.2")').max(60),
  text: z.string().min(1, 'Cần trích nguyên văn điều khoản').max(20_000),
}

export const ElementId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'Mã phải gồm chữ thường không dấu, số, "-" hoặc "_"')
  .max(64)

/** A field name used in formulas: dotted lower-case parts, e.g. `antt.recognized`. */
export const FieldName = z
  .string()
  .regex(
    /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/,
    'Tên trường có dạng nhom.ten, chữ thường không dấu',
  )
  .max(80)

export const Formula = z.string().min(1, 'Công thức rỗng').max(4000)

export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** yyyy-mm-dd, and a day that exists (31/02 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd, ví dụ 2024-04-20')
  .refine(
    (text) =>
      isRealDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))),
    {
      message: 'Ngày không tồn tại trong lịch',
    },
  )

/** A date known only to the year or month, as on documents left undated ("ngày … tháng 4 năm 2024"). */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Ngày phải có dạng yyyy, yyyy-mm hoặc yyyy-mm-dd')
  .refine((text) => {
    const [year, month = '01', day = '01'] = text.split('-')
    return isRealDate(Number(year), Number(month), Number(day))
  }, 'Ngày không tồn tại trong lịch')

/** A date repeated every year, mm-dd (e.g. "03-30" for "trước 30/3 hằng năm"). */
export const AnnualDate = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'Ngày hằng năm có dạng mm-dd, ví dụ 03-30')
  .refine((text) => isRealDate(2024, Number(text.slice(0, 2)), Number(text.slice(3, 5))), {
    message: 'Ngày không tồn tại trong lịch',
  })

export const Year = z.number().int().min(1945).max(2100)

export const COMPARATORS = ['>=', '>', '<=', '<', '='] as const
export const Comparator = z.enum(COMPARATORS)
export type Comparator = z.infer<typeof Comparator>

/**
 * A target's threshold, written as the plan writes it: `90%`, `2/3` or a count such as `16`.
 * Percent and fraction use the same syntax as formulas, so `90%` means 0.9 everywhere.
 */
export const Threshold = z.union([
  z.number().nonnegative(),
  z.string().regex(/^(\d+(\.\d+)?%|\d+\/[1-9]\d*)$/, 'Ngưỡng ghi dạng 90%, 2/3 hoặc một số'),
])
export type Threshold = z.infer<typeof Threshold>

/** The numeric value of a threshold (`90%` → 0.9, `2/3` → 0.666…, `16` → 16). */
export function thresholdValue(threshold: Threshold): number {
  if (typeof threshold === 'number') return threshold
  if (threshold.endsWith('%')) return Number(threshold.slice(0, -1)) / 100
  const [numerator, denominator] = threshold.split('/').map(Number)
  return (numerator ?? 0) / (denominator || 1)
}

export function isRatioThreshold(threshold: Threshold): boolean {
  return typeof threshold === 'string'
}

export const UnitKindList = z.array(z.enum(UNIT_KINDS)).min(1, 'Cần ít nhất một loại đơn vị')
export const TextList = z.array(z.string().min(1))
export const IdList = z.array(ElementId)
