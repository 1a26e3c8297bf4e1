// Put the server's field-level validation details onto an antd form.
import type { FormInstance } from 'antd'
import { isApiError } from '../api/client'

/** Returns true when at least one detail matched a form field. */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
): boolean {
  if (!isApiError(error)) return false
  const matched = error.details.filter((detail) => detail.path && fields.includes(detail.path))
  form.setFields(
    matched.map((detail) => ({ name: detail.path as string, errors: [detail.message] })),
  )
  return matched.length > 0
}
