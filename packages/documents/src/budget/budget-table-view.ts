// What the printable estimate table (bảng tổng hợp dự toán kinh phí) shows: rows in Vietnamese,
// amounts in whole đồng, no internal ids; totals per year and per source under the rows.
export type BudgetTableRow = {
  unitName: string
  lineLabel: string
  fundingLabel: string
  year: number
  amount: number
  statusLabel: string
  approvedAmount: number
  spent: number
}

export type BudgetTableTotal = {
  label: string
  estimated: number
  approved: number
  spent: number
}

export type BudgetTableView = {
  /** "BẢNG TỔNG HỢP DỰ TOÁN KINH PHÍ" and the plan's title, printed above the table. */
  headingLines: readonly string[]
  rows: readonly BudgetTableRow[]
  byYear: readonly BudgetTableTotal[]
  byFunding: readonly BudgetTableTotal[]
  total: BudgetTableTotal
}

export const BUDGET_TABLE_SHEET = 'Dự toán kinh phí'
export const BUDGET_TABLE_HEADERS = [
  'STT',
  'Đơn vị lập dự toán',
  'Nội dung (dòng kinh phí)',
  'Nguồn kinh phí',
  'Năm',
  'Dự toán (đồng)',
  'Trạng thái',
  'Đã phê duyệt (đồng)',
  'Đã chi (đồng)',
] as const
