// Plan validation problems and their Vietnamese wording. zod issues are translated here so
// every message a person reads about a plan file is in Vietnamese and names the field.
import { z } from 'zod'

export type PathSegment = string | number
export type PlanIssue = {
  path: PathSegment[]
  message: string
  /** The issue is about the key itself (an unknown field), not its value. */
  atKey?: boolean
  /** Offsets inside a formula string, when the issue is in a formula. */
  span?: { start: number; end: number }
}

const TYPE_LABELS: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'true/false',
  array: 'danh sách',
  object: 'đối tượng (các trường con)',
  null: 'null',
  undefined: 'giá trị',
  int: 'số nguyên',
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'không có'
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'danh sách'
  if (typeof input === 'object') return 'đối tượng'
  return `${TYPE_LABELS[typeof input] ?? typeof input} ${JSON.stringify(input).slice(0, 40)}`
}

type RawIssue = Parameters<NonNullable<z.core.$ZodErrorMap>>[0]

/** A per-parse error map: Vietnamese messages for the issue kinds plan files produce. */
export function planErrorMap(issue: RawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'Thiếu trường bắt buộc'
    return `Cần ${TYPE_LABELS[issue.expected] ?? issue.expected}, nhưng nhận ${describeInput(issue.input)}`
  }
  if (issue.code === 'invalid_value')
    return `Giá trị không hợp lệ ${describeInput(issue.input)}; chọn một trong: ${issue.values.map(String).join(', ')}`
  if (issue.code === 'invalid_union') {
    if ('discriminator' in issue && typeof issue.discriminator === 'string') {
      const options = Array.isArray(issue.options) ? issue.options.map(String).join(', ') : ''
      return `Giá trị '${issue.discriminator}' không hợp lệ; chọn một trong: ${options}`
    }
    return `Giá trị không hợp lệ: ${describeInput(issue.input)}`
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'array') return `Cần ít nhất ${String(issue.minimum)} phần tử`
    if (issue.origin === 'string') return 'Không được để trống'
    if (issue.inclusive === false) return `Giá trị phải lớn hơn ${String(issue.minimum)}`
    return `Giá trị phải từ ${String(issue.minimum)} trở lên`
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'array') return `Tối đa ${String(issue.maximum)} phần tử`
    if (issue.origin === 'string') return `Tối đa ${String(issue.maximum)} ký tự`
    if (issue.inclusive === false) return `Giá trị phải nhỏ hơn ${String(issue.maximum)}`
    return `Giá trị phải không quá ${String(issue.maximum)}`
  }
  if (issue.code === 'unrecognized_keys')
    return `Trường không được phép: ${issue.keys.map((key) => `'${key}'`).join(', ')}`
  return z.locales.vi().localeError(issue) as string | undefined
}

/** Turn zod issues into plan issues; unknown keys become one issue per key, at the key. */
export function toPlanIssues(issues: readonly z.core.$ZodIssue[]): PlanIssue[] {
  return issues.flatMap((issue): PlanIssue[] => {
    const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol')
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `Trường không được phép: '${key}'`,
      }))
    return [{ path, message: issue.message }]
  })
}

/** A path as people read it: `targets[2].measure.condition`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('')
}
