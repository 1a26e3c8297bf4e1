// Upper bounds every route schema uses (issue 15 item 2): ids and counters are the database's
// `integer` (a 20-digit id is a coded validation error, not a server error), pages are finite.
import { AppError, isRealDate } from '@antq/core'
import { z } from 'zod'

export const DB_INT_MAX = 2_147_483_647
export const PAGE_MAX = 100_000

/** A row id from a URL or a body: a positive database `integer`. */
export const Id = z.coerce.number().int().positive().max(DB_INT_MAX)

/** The units a batch action names: at most 5,000, each once (a repeated id is one unit). */
export const UnitIdList = z
  .array(Id)
  .min(1)
  .max(5000, 'Mỗi lần chọn tối đa 5.000 đơn vị')
  .transform((ids) => [...new Set(ids)])

// Years a record of this movement can carry; outside them PostgreSQL may refuse the date itself
// (year 0) or it is a typing slip (20244).
const YEAR_MIN = 1900
const YEAR_MAX = 2199

/**
 * A calendar date `yyyy-mm-dd` that exists (2024-02-31 is refused), every route's one date
 * schema; its refusal carries the detail code `invalid_date`.
 */
export const IsoDate = z
  .string()
  .max(10)
  .superRefine((text, context) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
    const [year, month, day] = match ? match.slice(1).map(Number) : []
    const message = !match
      ? 'Ngày phải có dạng yyyy-mm-dd, ví dụ 2024-04-20'
      : !isRealDate(year ?? 0, month ?? 0, day ?? 0)
        ? `Ngày ${text} không có trong lịch`
        : (year ?? 0) < YEAR_MIN || (year ?? 0) > YEAR_MAX
          ? `Năm của ngày phải từ ${YEAR_MIN} đến ${YEAR_MAX}`
          : undefined
    if (message) context.addIssue({ code: 'custom', message, params: { code: 'invalid_date' } })
  })

// C0 control characters other than tab, line feed and carriage return: PostgreSQL refuses NUL in
// text (a server error before), and none of them belongs in anything a person types.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const MAX_DEPTH = 32

/** Refuses a request whose strings hold control characters or whose JSON nests too deep. */
export function assertPlainInput(value: unknown, depth = 0): void {
  if (typeof value === 'string') {
    if (CONTROL.test(value))
      throw new AppError('VALIDATION', 'Dữ liệu gửi lên chứa ký tự điều khiển không hợp lệ')
    return
  }
  if (value === null || typeof value !== 'object') return
  if (depth >= MAX_DEPTH) throw new AppError('VALIDATION', 'Dữ liệu gửi lên lồng nhau quá sâu')
  for (const [key, item] of Object.entries(value)) {
    assertPlainInput(key, depth + 1)
    assertPlainInput(item, depth + 1)
  }
}
