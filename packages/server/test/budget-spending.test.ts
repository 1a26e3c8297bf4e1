// Spending against approved estimates of plan 002, each with its document; refused above what
// is left of the approval, before approval, outside the estimate's year or after today, and
// from another unit, with nothing written. Totals checked against a plain SQL sum over the raw
// tables; the printable XLSX read back (rows, totals, A4 landscape, repeated header).
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorOf, multipart } from './helpers'
import {
  actOn,
  countBudgetRows,
  putEstimate,
  rowVersionOf,
  setUpBudget,
  type BudgetWorld,
} from './budget-fixture'

let w: BudgetWorld
let approvedId = 0
let draftId = 0
const PDF = '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n'

async function estimate(
  client: BudgetWorld['police'],
  code: string,
  body: Record<string, unknown>,
) {
  const response = await putEstimate(client, w.planId, w.id(code), {
    ...{ lineId: 'du-toan-hang-nam', year: 2025, funding: 'state_budget', amount: 0 },
    ...body,
  })
  expect(response.statusCode, response.body).toBe(200)
  return response.json<{ id: number }>().id
}

async function approve(client: BudgetWorld['police'], id: number) {
  await actOn(client, w.planId, id, { action: 'submit', rowVersion: await rowVersionOf(w, id) })
  const response = await actOn(w.finance, w.planId, id, {
    action: 'approve',
    rowVersion: await rowVersionOf(w, id),
  })
  expect(response.statusCode, response.body).toBe(200)
}

beforeAll(async () => {
  w = await setUpBudget()
  approvedId = await estimate(w.commune1, 'BX1', { amount: 12_000_000 })
  await approve(w.commune1, approvedId)
  const social = await estimate(w.commune1, 'BX1', {
    ...{ lineId: 'nguon-kinh-phi', funding: 'socialised', amount: 3_500_000 },
  })
  await approve(w.commune1, social)
  draftId = await estimate(w.commune2, 'BX2', { amount: 7_000_000 })
  await estimate(w.police, 'B219.CA', { year: 2024, amount: 40_000_000 })
}, 120_000)
afterAll(() => w.world.context.close())

const spend = (client: BudgetWorld['police'], id: number, body: Record<string, unknown>) =>
  client.request({
    method: 'POST',
    url: `/api/plans/${w.planId}/budget/estimates/${id}/spending`,
    payload: {
      ...{ spentOn: '2025-02-20', amount: 5_000_000, purpose: 'Tập huấn lực lượng nòng cốt' },
      ...{ documentNumber: '15/HĐ-UBND', documentDate: '2025-02-18', fileId: null },
      ...body,
    },
  })

describe('spending', () => {
  it('is recorded with its document file within the approved estimate', async () => {
    const upload = await w.commune1.request({
      method: 'POST',
      url: `/api/plans/${w.planId}/budget/units/${w.id('BX1')}/files`,
      ...multipart('hop-dong.pdf', PDF, 'application/pdf'),
    })
    expect(upload.statusCode, upload.body).toBe(200)
    const fileId = upload.json<{ id: number }>().id
    const first = await spend(w.commune1, approvedId, { fileId })
    expect(first.statusCode, first.body).toBe(200)
    const second = await spend(w.commune1, approvedId, { amount: 7_000_000, fileId: null })
    expect(second.statusCode, second.body).toBe(200)
    const download = await w.finance.request({
      method: 'GET',
      url: `/api/plans/${w.planId}/budget/files/${fileId}`,
    })
    expect(download.statusCode).toBe(200)
    expect(download.body).toBe(PDF)
  })

  it('refuses overspending, unapproved estimates, bad dates, other units and bad files, writing nothing', async () => {
    const before = await countBudgetRows(w)
    const cases = [
      [spend(w.commune1, approvedId, { amount: 1 }), 409, 'BUDGET_EXCEEDED'],
      [spend(w.commune2, draftId, { amount: 1 }), 409, 'INVALID_TRANSITION'],
      [spend(w.commune2, approvedId, { amount: 1 }), 403, 'OUT_OF_SCOPE'],
      [spend(w.commune1, approvedId, { amount: 0 }), 400, 'VALIDATION'],
      [spend(w.commune1, approvedId, { spentOn: '2024-12-31' }), 400, 'VALIDATION'],
      [spend(w.commune1, approvedId, { spentOn: '2025-02-30' }), 400, 'VALIDATION'],
      [spend(w.commune1, approvedId, { spentOn: '2025-03-02' }), 400, 'VALIDATION'],
      [spend(w.commune1, approvedId, { documentNumber: '' }), 400, 'VALIDATION'],
      [
        w.commune1.request({
          method: 'POST',
          url: `/api/plans/${w.planId}/budget/units/${w.id('BX1')}/files`,
          ...multipart('chung-tu.pdf', 'MZ not a pdf', 'application/pdf'),
        }),
        422,
        'UPLOAD_INVALID',
      ],
    ] as const
    for (const [request, status, code] of cases)
      expect(errorOf(await request)).toEqual({ status, code })
    expect(await countBudgetRows(w)).toEqual(before)
    const over = await spend(w.commune1, approvedId, { amount: 1 })
    expect(over.json<{ error: { message: string } }>().error.message).toBe(
      'Khoản chi vượt dự toán đã phê duyệt: còn lại 0 đ, khoản chi 1 đ',
    )
    await expect(
      w.deps.db.deleteFrom('budget_spending').where('estimate_id', '=', approvedId).execute(),
    ).rejects.toThrow(/append-only/)
  })
})

type Sums = { estimated: number; approved: number; spent: number }
type Budget = {
  estimates: { unitName: string; status: string }[]
  totals: {
    all: Sums
    byYear: { year: number; sums: Sums }[]
    byFunding: { funding: string; sums: Sums }[]
  }
}

describe('totals', () => {
  it('equal a plain SQL sum over the raw tables', async () => {
    const budget = (
      await w.owner.request({ method: 'GET', url: `/api/plans/${w.planId}/budget` })
    ).json<Budget>()
    const raw = await sql<{ key: string; estimated: string; approved: string; spent: string }>`
      select e.year::text as key, sum(e.amount) as estimated,
        sum(case when e.status = 'approved' then e.amount else 0 end) as approved,
        coalesce(sum((select sum(s.amount) from budget_spending s where s.estimate_id = e.id)), 0) as spent
      from budget_estimates e group by e.year
      union all
      select e.funding, sum(e.amount), sum(case when e.status = 'approved' then e.amount else 0 end),
        coalesce(sum((select sum(s.amount) from budget_spending s where s.estimate_id = e.id)), 0)
      from budget_estimates e group by e.funding`.execute(w.deps.db)
    const expected = new Map(
      raw.rows.map((row) => [
        row.key,
        {
          estimated: Number(row.estimated),
          approved: Number(row.approved),
          spent: Number(row.spent),
        },
      ]),
    )
    for (const item of budget.totals.byYear)
      expect(item.sums).toEqual(expected.get(String(item.year)))
    for (const item of budget.totals.byFunding)
      expect(item.sums).toEqual(expected.get(item.funding))
    expect(budget.totals.byYear.map((item) => item.year)).toEqual([2024, 2025])
    expect(budget.totals.all).toEqual({
      estimated: 12_000_000 + 3_500_000 + 7_000_000 + 40_000_000,
      approved: 15_500_000,
      spent: 12_000_000,
    })
  })

  it('show a commune only its own estimates', async () => {
    const budget = (
      await w.commune2.request({ method: 'GET', url: `/api/plans/${w.planId}/budget` })
    ).json<Budget>()
    expect(budget.estimates.map((item) => item.unitName)).toEqual(['Xã Hai'])
    expect(budget.totals.all).toEqual({ estimated: 7_000_000, approved: 0, spent: 0 })
  })
})

describe('the approving body', () => {
  it('sees every estimate of the lines it approves, outside its own subtree', async () => {
    const budget = (
      await w.finance.request({ method: 'GET', url: `/api/plans/${w.planId}/budget` })
    ).json<Budget>()
    expect(budget.estimates.map((item) => item.unitName).sort()).toEqual([
      'Công an huyện',
      'Xã Hai',
      'Xã Một',
      'Xã Một',
    ])
  })
})

describe('the printable estimate table', () => {
  it('has the rows, the totals and the print setup', async () => {
    const response = await w.owner.request({
      method: 'GET',
      url: `/api/plans/${w.planId}/budget/export?year=2025`,
    })
    expect(response.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Dự toán kinh phí')
    if (!sheet) throw new Error('no sheet')
    const rows: unknown[][] = []
    // Totals are formulas: read the result each carries.
    const valueOf = (value: unknown) =>
      typeof value === 'object' && value !== null && 'formula' in value
        ? (value as { result?: unknown }).result
        : value
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(valueOf)))
    expect(rows[0]?.[0]).toBe('BẢNG TỔNG HỢP DỰ TOÁN KINH PHÍ')
    expect(rows[3]).toEqual([
      'STT',
      'Đơn vị lập dự toán',
      'Nội dung (dòng kinh phí)',
      'Nguồn kinh phí',
      'Năm',
      'Dự toán (đồng)',
      'Trạng thái',
      'Đã phê duyệt (đồng)',
      'Đã chi (đồng)',
    ])
    const body = rows.slice(4, 7).map((row) => [row[1], row[3], row[5], row[6], row[8]])
    expect(body).toEqual([
      ['Xã Một', 'Xã hội hoá', 3_500_000, 'Đã phê duyệt', 0],
      ['Xã Hai', 'Ngân sách nhà nước', 7_000_000, 'Đang lập', 0],
      ['Xã Một', 'Ngân sách nhà nước', 12_000_000, 'Đã phê duyệt', 12_000_000],
    ])
    const total = rows.find((row) => row[1] === 'Tổng cộng') ?? []
    expect([total[1], total[5], total[7], total[8]]).toEqual([
      'Tổng cộng',
      22_500_000,
      15_500_000,
      12_000_000,
    ])
    expect(rows.some((row) => row[1] === 'Năm 2025')).toBe(true)
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 })
    expect(sheet.pageSetup.printTitlesRow).toBe('4:4')
    const text = JSON.stringify(rows)
    expect(text).not.toContain('du-toan-hang-nam')
    expect(text).not.toContain('state_budget')
  })
})
