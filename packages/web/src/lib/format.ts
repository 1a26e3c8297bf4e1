// Number and optional-value formatting in the Vietnamese convention (1.234.567).
import { formatDateVi } from '@antq/core'
import { messages } from '../messages/vi'

const numberFormat = new Intl.NumberFormat('vi-VN')

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? messages.app.empty : numberFormat.format(value)
}

export function formatDateOrDash(value: string | null | undefined): string {
  return value ? formatDateVi(value) : messages.app.empty
}

export function orDash(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? messages.app.empty : value
}
