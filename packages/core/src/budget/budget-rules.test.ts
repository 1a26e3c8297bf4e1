import { describe, expect, it } from 'vitest'
import {
  assertBudgetAmount,
  assertBudgetYear,
  assertSpendingWithin,
  formatVnd,
  mayEstimate,
  nextBudgetStatus,
} from './budget-rules'
import { sumBudget, type BudgetEstimateFigures } from './budget-totals'
import { checkBudgetAttachment } from './budget-attachment'
import { assertSpendingDates } from './budget-spending'

const codeOf = (run: () => unknown) => {
  try {
    run()
    return 'ok'
  } catch (error) {
    return (error as { code: string }).code
  }
}

describe('budget workflow', () => {
  it('moves by the table and refuses the wrong side or state', () => {
    expect(nextBudgetStatus('draft', 'submit', 'estimator')).toBe('submitted')
    expect(nextBudgetStatus('returned', 'submit', 'estimator')).toBe('submitted')
    expect(nextBudgetStatus('submitted', 'approve', 'approver')).toBe('approved')
    expect(nextBudgetStatus('submitted', 'return', 'approver')).toBe('returned')
    expect(codeOf(() => nextBudgetStatus('submitted', 'approve', 'estimator'))).toBe('FORBIDDEN')
    expect(codeOf(() => nextBudgetStatus('approved', 'return', 'approver'))).toBe(
      'INVALID_TRANSITION',
    )
    expect(codeOf(() => nextBudgetStatus('draft', 'approve', 'approver'))).toBe(
      'INVALID_TRANSITION',
    )
  })
})

describe('budget amounts, years and spending', () => {
  it('takes whole positive đồng up to 100 tỷ', () => {
    expect(codeOf(() => assertBudgetAmount(1))).toBe('ok')
    expect(codeOf(() => assertBudgetAmount(100_000_000_000))).toBe('ok')
    expect(codeOf(() => assertBudgetAmount(100_000_000_001))).toBe('VALIDATION')
    expect(codeOf(() => assertBudgetAmount(0))).toBe('VALIDATION')
    expect(codeOf(() => assertBudgetAmount(-5))).toBe('VALIDATION')
    expect(codeOf(() => assertBudgetAmount(1.5))).toBe('VALIDATION')
  })
  it('keeps a once line to its year and a yearly line to the plan', () => {
    const span = { from: 2020, to: 2025 }
    expect(codeOf(() => assertBudgetYear({ cadence: 'once', year: 2020 }, 2020, span))).toBe('ok')
    expect(codeOf(() => assertBudgetYear({ cadence: 'once', year: 2020 }, 2021, span))).toBe(
      'OUTSIDE_PLAN_PERIOD',
    )
    expect(codeOf(() => assertBudgetYear({ cadence: 'yearly', year: null }, 2026, span))).toBe(
      'OUTSIDE_PLAN_PERIOD',
    )
  })
  it('refuses spending above what is left of the approved estimate', () => {
    const base = { status: 'approved' as const, approved: 1_000_000, spent: 600_000 }
    expect(codeOf(() => assertSpendingWithin({ ...base, amount: 400_000 }))).toBe('ok')
    expect(codeOf(() => assertSpendingWithin({ ...base, amount: 400_001 }))).toBe('BUDGET_EXCEEDED')
    expect(codeOf(() => assertSpendingWithin({ ...base, status: 'submitted', amount: 1 }))).toBe(
      'INVALID_TRANSITION',
    )
  })
  it('formats money the Vietnamese way', () => {
    expect(formatVnd(1_234_567)).toBe('1.234.567 đ')
    expect(formatVnd(0)).toBe('0 đ')
    expect(formatVnd(999)).toBe('999 đ')
    expect(formatVnd(-1000)).toBe('-1.000 đ')
  })
})

describe('who estimates', () => {
  const line = { estimateBy: ['cong-an-huyen'], estimateLevels: ['commune' as const] }
  const bodies = new Map<string, number | null>([['cong-an-huyen', 7]])
  it('is a named body or a unit of a named level', () => {
    expect(mayEstimate(line, { id: 7, kind: 'agency' }, bodies)).toBe(true)
    expect(mayEstimate(line, { id: 9, kind: 'commune' }, bodies)).toBe(true)
    expect(mayEstimate(line, { id: 8, kind: 'agency' }, bodies)).toBe(false)
    expect(mayEstimate(line, { id: 3, kind: 'district' }, bodies)).toBe(false)
  })
})

describe('budget totals', () => {
  const row = (
    year: number,
    unitId: number,
    funding: BudgetEstimateFigures['funding'],
    status: BudgetEstimateFigures['status'],
    amount: number,
    spent = 0,
  ): BudgetEstimateFigures => ({ year, unitId, funding, status, amount, spent })
  it('sums per year, source and unit; approved counts only approved estimates', () => {
    const totals = sumBudget([
      row(2024, 1, 'state_budget', 'approved', 100, 40),
      row(2024, 2, 'socialised', 'submitted', 50),
      row(2025, 1, 'state_budget', 'draft', 30),
    ])
    expect(totals.all).toEqual({ estimated: 180, approved: 100, spent: 40 })
    expect(totals.byYear).toEqual([
      { year: 2024, sums: { estimated: 150, approved: 100, spent: 40 } },
      { year: 2025, sums: { estimated: 30, approved: 0, spent: 0 } },
    ])
    expect(totals.byFunding.map((item) => [item.funding, item.sums.estimated])).toEqual([
      ['socialised', 50],
      ['state_budget', 130],
    ])
    expect(totals.byUnit.map((item) => [item.unitId, item.sums.estimated])).toEqual([
      [1, 130],
      [2, 50],
    ])
  })
})

describe('spending attachments', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)
  it('accepts PDF and XLSX by content and refuses a renamed file', () => {
    expect(checkBudgetAttachment('chung-tu.pdf', bytes('%PDF-1.4 x')).mime).toBe('application/pdf')
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('..xl/workbook.xml..')])
    expect(checkBudgetAttachment('bang-ke.xlsx', xlsx).mime).toContain('spreadsheetml')
    expect(codeOf(() => checkBudgetAttachment('chung-tu.xlsx', bytes('%PDF-1.4 x')))).toBe(
      'UPLOAD_INVALID',
    )
    expect(codeOf(() => checkBudgetAttachment('a.exe', bytes('MZ')))).toBe('UPLOAD_INVALID')
    expect(codeOf(() => checkBudgetAttachment('a.pdf', new Uint8Array()))).toBe('UPLOAD_INVALID')
  })
})

describe('spending dates', () => {
  it('fall in the estimate year and not after today', () => {
    const base = {
      year: 2025,
      spentOn: '2025-03-01',
      documentDate: '2025-02-28',
      today: '2025-06-01',
    }
    expect(codeOf(() => assertSpendingDates(base))).toBe('ok')
    expect(codeOf(() => assertSpendingDates({ ...base, spentOn: '2024-12-31' }))).toBe('VALIDATION')
    expect(codeOf(() => assertSpendingDates({ ...base, spentOn: '2025-06-02' }))).toBe('VALIDATION')
    expect(codeOf(() => assertSpendingDates({ ...base, documentDate: '2025-07-01' }))).toBe(
      'VALIDATION',
    )
  })
})
