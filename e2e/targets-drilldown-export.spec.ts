import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { signIn } from './fixtures/session'

const PLAN_TITLE = 'Phát động phong trào thi đua toàn dân bảo vệ an ninh Tổ quốc năm 2024'
const HEADERS = ['Tên đơn vị', 'Mã', 'Loại', 'Tử số', 'Mẫu số', 'Kết quả']

type Drill = { total: number; items: { unit: { code: string; name: string }; met: boolean }[] }

test('a plan owner drills from a red target to the failing units and exports them to Excel', async ({
  page,
}) => {
  await signIn(page, 'congan.bacquang')
  const plans = await page.request.get('/api/plans')
  const { items } = (await plans.json()) as { items: { id: number; title: string }[] }
  const plan = items.find((item) => item.title === PLAN_TITLE)
  expect(plan).toBeDefined()
  const planId = plan?.id ?? 0

  await page.goto(`/ke-hoach/${planId}`)
  await page.getByRole('link', { name: /Tiến độ chỉ tiêu/ }).click()
  await expect(page.getByRole('heading', { name: 'Tiến độ chỉ tiêu' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Chọn năm' })).toBeVisible()
  await expect(page.getByText('Số liệu đến')).toBeVisible()
  // The dashboard's other panels: sub-units ranked, late units to chase.
  await expect(page.getByText('Theo đơn vị trực thuộc').first()).toBeVisible()
  await expect(page.getByRole('img', { name: /^Biểu đồ chỉ tiêu/ })).toBeVisible()
  await expect(page.getByText('Đơn vị chậm cần đôn đốc')).toBeVisible()
  await expect(page.getByRole('tab', { name: /^Chưa đăng ký \(\d+\)$/ })).toBeVisible()

  // A red target (Không đạt) of the demo year, opened from the targets table.
  const targetsTable = page.locator('.ant-card').filter({ hasText: 'Các chỉ tiêu của kế hoạch' })
  const red = targetsTable
    .locator('tr.ant-table-row')
    .filter({ has: page.locator('.ant-tag', { hasText: /^Không đạt$/ }) })
    .first()
  await expect(red).toBeVisible()
  const label = (await red.getAttribute('aria-label')) ?? ''
  await red.click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByText(/^Đơn vị — /)).toContainText(label)

  // Only the units that fail it.
  await drawer.locator('.ant-segmented').getByText('Chưa đạt', { exact: true }).click()
  const rows = drawer.locator('tr.ant-table-row')
  await expect(rows.first()).toBeVisible()
  await expect(drawer.locator('.ant-tag', { hasText: /^Đạt$/ })).toHaveCount(0)

  // What the server says fails, to check the file against.
  const targets = (await (await page.request.get(`/api/plans/${planId}/targets`)).json()) as {
    year: number
    items: { targetId: string; label: string }[]
  }
  const targetId = targets.items.find((item) => item.label === label)?.targetId ?? ''
  const drill = (await (
    await page.request.get(
      `/api/plans/${planId}/targets/${targetId}/units?year=${targets.year}&status=not_met`,
    )
  ).json()) as Drill
  expect(drill.items.length).toBeGreaterThan(0)
  await expect(drawer.getByText(`${drill.items.length}/${drill.total} đơn vị`)).toBeVisible()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    drawer.getByRole('button', { name: 'Xuất Excel' }).click(),
  ])
  // Named after what it is, the plan, the scope and the year, in Vietnamese.
  const name = download.suggestedFilename()
  expect(name.startsWith('Đơn vị theo chỉ tiêu ')).toBe(true)
  expect(name).toContain(' - Phát động phong trào thi đua')
  expect(name.endsWith(` - Năm ${targets.year}.xlsx`)).toBe(true)
  const file = await download.path()

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = workbook.worksheets[0]
  expect(sheet).toBeDefined()
  const values = (row: number) =>
    ((sheet?.getRow(row).values ?? []) as unknown[]).slice(1).map((cell) => cell ?? null)
  // Title, period, plan and scope rows above the header; a "Tổng cộng" row under the units.
  expect(sheet?.getCell('A2').value).toBe(`Năm ${targets.year}`)
  expect(values(3).slice(0, 2)).toEqual(['Kế hoạch', PLAN_TITLE])
  expect(values(5)).toEqual(HEADERS)
  expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '5:5' })
  expect(sheet?.rowCount).toBe(drill.items.length + 6)
  expect(values(drill.items.length + 6)[0]).toBe('Tổng cộng')
  const fileRows = Array.from({ length: drill.items.length }, (_, i) => values(i + 6))
  expect(fileRows.map((row) => row[1]).sort()).toEqual(
    drill.items.map((item) => item.unit.code).sort(),
  )
  for (const row of fileRows) {
    expect(row[5]).toBe('Chưa đạt')
    // Counts are numbers in the file, not text.
    if (row[3] !== null) expect(typeof row[3]).toBe('number')
  }
  const first = drill.items[0]
  expect(fileRows.find((row) => row[1] === first?.unit.code)?.[0]).toBe(first?.unit.name)

  // The late units to chase export the same way, dates as real dates. The late reports of the
  // year (the registration list may be empty: another journey extends registration for the
  // whole district).
  await page.keyboard.press('Escape')
  const late = page.locator('.ant-card').filter({ hasText: 'Đơn vị chậm cần đôn đốc' })
  await expect(late.getByText('Hạn đăng ký: 20/04/2024')).toBeVisible()
  await late.getByRole('tab', { name: /^Báo cáo chậm \(\d+\)$/ }).click()
  const [lateDownload] = await Promise.all([
    page.waitForEvent('download'),
    late.getByRole('button', { name: 'Xuất Excel' }).click(),
  ])
  const lateBook = new ExcelJS.Workbook()
  await lateBook.xlsx.readFile(await lateDownload.path())
  const lateSheet = lateBook.worksheets[0]
  const header = ((lateSheet?.getRow(5).values ?? []) as unknown[]).slice(1)
  expect(header.slice(0, 7)).toEqual([
    'Đơn vị',
    'Mã',
    'Loại',
    'Đơn vị quản lý',
    'Hạn',
    'Số ngày chậm',
    'Tình trạng báo cáo',
  ])
  expect(lateSheet?.rowCount).toBeGreaterThan(5)
  const deadline = lateSheet?.getCell('E6')
  expect(deadline?.value).toEqual(new Date(Date.UTC(2024, 11, 14)))
  expect(deadline?.numFmt).toBe('dd/mm/yyyy')
  expect(typeof lateSheet?.getCell('F6').value).toBe('number')
})
