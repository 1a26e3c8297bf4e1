// A plan list row: the summary with its header as the list shows it, and the accent-free text
// the search box matches.
import { foldAccents, PLAN_KIND_LABELS } from '@antq/core'
import type { PlanSummary } from '../../api/types'
import { messages } from '../../messages/vi'
import { formatDocumentNumber, formatPartialDate } from './plan-format'

export type PlanRow = PlanSummary & {
  numberText: string
  dateText: string | null
  kindLabel: string | null
  searchText: string
}

export function toPlanRow(summary: PlanSummary): PlanRow {
  const numberText = formatDocumentNumber(summary.documentNumber)
  const kindLabel = summary.kind ? PLAN_KIND_LABELS[summary.kind] : null
  const dateText = summary.documentDate ? formatPartialDate(summary.documentDate) : null
  const words = [summary.title, summary.issuerName, numberText, summary.key]
  return { ...summary, numberText, dateText, kindLabel, searchText: foldAccents(words.join(' ')) }
}

export function matchesPlan(row: PlanRow, query: string): boolean {
  const words = foldAccents(query).split(' ').filter(Boolean)
  return words.every((word) => row.searchText.includes(word))
}

export const orDash = (value: string | null) => value ?? messages.app.empty
