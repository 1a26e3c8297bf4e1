// Checking a unit's figures against its report form: each issue names the field it concerns
// and says in Vietnamese what is wrong. A draft may leave fields empty; a submitted report may
// not. Part-of-whole checks run once every figure they involve is present.
import type { ReportField, ReportForm } from './campaign-report-form'

export type ReportValues = Readonly<Record<string, unknown>>
export type ReportIssue = { field: string; message: string }
export type ReportMode = 'draft' | 'submit'

const MAX_TEXT = 2000
const numberFormat = new Intl.NumberFormat('vi-VN')

/**
 * Every issue with the values, in form order; [] when the report may be saved (draft) or sent.
 * @example validateReport(form, { 'propaganda.households_reached': 1200, 'unit.households': 1000 })
 * // [{ field: 'propaganda.households_reached', message: 'Số hộ gia đình được tuyên truyền, phổ biến (1.200) không được lớn hơn Tổng số hộ gia đình trên địa bàn (1.000)' }]
 */
export function validateReport(
  form: ReportForm,
  values: ReportValues,
  mode: ReportMode = 'submit',
): ReportIssue[] {
  const issues: ReportIssue[] = []
  const known = new Set(form.fields.map((field) => field.id))
  for (const name of Object.keys(values))
    if (!known.has(name))
      issues.push({ field: name, message: `Trường "${name}" không có trong mẫu báo cáo` })
  for (const field of form.fields) {
    const message = checkValue(field, values[field.id], mode)
    if (message) issues.push({ field: field.id, message })
  }
  const invalid = new Set(issues.map((issue) => issue.field))
  const labels = new Map(form.fields.map((field) => [field.id, field.label]))
  for (const check of form.checks) {
    const names = [...check.part, ...check.whole]
    if (names.some((name) => invalid.has(name) || typeof values[name] !== 'number')) continue
    const sum = (list: string[]): number =>
      list.reduce((total, name) => total + Number(values[name]), 0)
    const part = sum(check.part)
    const whole = sum(check.whole)
    if (part > whole)
      issues.push({
        field: check.part[0] ?? '',
        message: `${describe(check.part, labels)} (${numberFormat.format(part)}) không được lớn hơn ${describe(check.whole, labels)} (${numberFormat.format(whole)})`,
      })
  }
  return issues
}

function checkValue(field: ReportField, value: unknown, mode: ReportMode): string | undefined {
  if (value === undefined || value === null || value === '')
    return mode === 'submit' ? `Chưa nhập "${field.label}"` : undefined
  switch (field.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `"${field.label}" phải là một số`
      if (value < 0) return `"${field.label}" không được âm`
      if (!Number.isInteger(value)) return `"${field.label}" phải là số nguyên`
      return undefined
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `"${field.label}": chọn Có hoặc Không`
    case 'enum':
      return field.values.some((option) => option.value === value)
        ? undefined
        : `"${field.label}" phải là một trong: ${field.values.map((option) => option.label).join(', ')}`
    case 'string':
      if (typeof value !== 'string') return `"${field.label}" phải là văn bản`
      return value.length > MAX_TEXT ? `"${field.label}" dài quá ${MAX_TEXT} ký tự` : undefined
  }
}

function describe(names: readonly string[], labels: ReadonlyMap<string, string>): string {
  return names.map((name) => labels.get(name) ?? name).join(' + ')
}
