// zod's validation messages in Vietnamese, naming the field (issue 15): set once for the server
// with `z.config`, so every route schema's refusal reads the same way. A message written on the
// schema itself (`.max(5000, 'Mỗi lần chọn tối đa 5.000 đơn vị')`) still wins.
import { z } from 'zod'
import { labelOf } from './field-labels'

type RawIssue = Parameters<NonNullable<z.core.$ZodErrorMap>>[0]
type FinalIssue = z.core.$ZodIssue

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const count = (value: unknown) => Number(value).toLocaleString('vi-VN')

/** The Vietnamese message for one zod issue; `label` names the field. */
export function describeIssue(issue: RawIssue, label: string): string {
  const Label = capitalise(label)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return `Chưa nhập ${label}`
      if (issue.expected === 'int') return `${Label} phải là số nguyên`
      if (issue.expected === 'number') return `${Label} phải là một số`
      if (issue.expected === 'string') return `${Label} phải là chữ`
      if (issue.expected === 'boolean') return `${Label} phải là có hoặc không`
      if (issue.expected === 'array') return `${Label} phải là một danh sách`
      if (issue.expected === 'date') return `${Label} không phải ngày hợp lệ`
      return `${Label} không đúng kiểu dữ liệu`
    case 'too_big':
      if (issue.origin === 'string') return `${Label} tối đa ${count(issue.maximum)} ký tự`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${Label} tối đa ${count(issue.maximum)} mục`
      return issue.inclusive === false
        ? `${Label} phải nhỏ hơn ${count(issue.maximum)}`
        : `${Label} không được lớn hơn ${count(issue.maximum)}`
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `Chưa nhập ${label}`
          : `${Label} phải có ít nhất ${count(issue.minimum)} ký tự`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${Label} phải có ít nhất ${count(issue.minimum)} mục`
      return issue.inclusive === false
        ? `${Label} phải lớn hơn ${count(issue.minimum)}`
        : `${Label} phải từ ${count(issue.minimum)} trở lên`
    case 'invalid_value':
      return `${Label} phải là một trong: ${issue.values.map(String).join(', ')}`
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime')
        return `${Label} không phải ngày hợp lệ (yyyy-mm-dd)`
      return `${Label} không đúng định dạng`
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}`
    case 'not_multiple_of':
      return `${Label} phải là bội số của ${String(issue.divisor)}`
    case 'custom':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return `${Label} không hợp lệ`
  }
}

/** A stable code for a detail, so a client can tell "required" from "too long". */
export function detailCode(issue: FinalIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.startsWith('Chưa nhập')) return 'required'
      return issue.expected === 'int' ? 'not_integer' : `not_${issue.expected}`
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'out_of_range'
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'required'
      return issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'out_of_range'
    case 'invalid_value':
      return 'invalid_choice'
    case 'invalid_format':
      return issue.format === 'date' ? 'invalid_date' : 'invalid_format'
    case 'custom':
      return typeof issue.params?.code === 'string' ? issue.params.code : 'invalid'
    case 'unrecognized_keys':
      return 'unknown_field'
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return 'invalid'
  }
}

/** Sets zod's messages to Vietnamese for the whole process (idempotent). */
export function configureZodMessages() {
  z.config({ customError: (issue) => describeIssue(issue, labelOf(issue.path ?? [])) })
}
