import { expect, test, type Page } from '@playwright/test'
import { ensureAccount } from './fixtures/accounts'
import { findLegacyUnit, findPlan000, vietnamDatePlus } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 000 closed registration on 20/04/2024, long before the server's today: the clerk first
// meets the closed form; the plan owner then grants more time (gia hạn) through the page, and
// before that new deadline the clerk registers every residential area of the commune at once.
const CLERK = 'canbo.dongyen'

// Four sign-ins on a machine shared with other suites: more than the default minute.
test.setTimeout(180_000)

async function switchTo(page: Page, username: string) {
  await page.context().clearCookies()
  await signIn(page, username)
}

test('a commune clerk registers its residential areas in bulk; the form is closed after the deadline', async ({
  page,
  request,
}) => {
  const planId = await findPlan000(request)
  const commune = await findLegacyUnit(request, 'Xã Đồng Yên', 'Huyện Bắc Quang')
  await ensureAccount(request, {
    username: CLERK,
    fullName: 'Nông Thị Hoa',
    role: 'unit_clerk',
    scopeUnitId: commune,
  })

  // After the deadline: closed, with the server's message, and nothing to tick.
  await signIn(page, CLERK)
  await page.goto(`/ke-hoach/${planId}`)
  await page.getByRole('link', { name: /Đăng ký thi đua/ }).click()
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${planId}/dang-ky$`))
  await expect(page.getByRole('heading', { name: 'Đăng ký thi đua' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('Đã hết hạn đăng ký ngày 20/04/2024')
  await expect(page.getByRole('button', { name: /^Đăng ký \d+ đơn vị$/ })).toHaveCount(0)
  await expect(page.getByRole('checkbox', { name: 'Select all' })).toHaveCount(0)
  // The live list of units that have not registered names a residential area of the commune.
  await page.getByRole('tab', { name: /Chưa đăng ký/ }).click()
  const missing = page.getByRole('tabpanel', { name: /Chưa đăng ký/ })
  await expect(missing.getByRole('cell', { name: 'Thôn Đông Sơn' })).toBeVisible()
  // Primary schools and kindergartens cannot register under plan 000, and the page says why.
  await page.getByRole('tab', { name: 'Không thuộc đối tượng' }).click()
  await expect(page.getByText(/Không thuộc đối tượng theo kế hoạch/)).toBeVisible()

  // The plan owner extends the deadline: who, until when, why.
  const until = vietnamDatePlus(14)
  await switchTo(page, 'congan.bacquang')
  await page.goto(`/ke-hoach/${planId}/dang-ky`)
  await page.getByRole('tab', { name: 'Gia hạn' }).click()
  await page.getByLabel('Mọi đơn vị trong phạm vi của tôi').check()
  await page.getByLabel('Gia hạn đến ngày').fill(until)
  await page.getByLabel('Gia hạn đến ngày').press('Enter')
  await page
    .getByLabel('Lý do gia hạn')
    .fill('Các xã chậm tổng hợp do mưa lũ, đề nghị của Công an xã')
  await page.getByRole('button', { name: 'Gia hạn', exact: true }).click()
  await expect(page.getByText('Đã gia hạn', { exact: true })).toBeVisible()
  await expect(page.getByRole('cell', { name: until })).toBeVisible()

  // Before the new deadline: open, with the days left; every residential area in one go.
  await switchTo(page, CLERK)
  await page.goto(`/ke-hoach/${planId}/dang-ky`)
  await expect(page.getByText(`Đang mở đăng ký đến hết ngày ${until} — Còn 14 ngày`)).toBeVisible()
  await page.getByRole('combobox', { name: 'Lọc theo loại đơn vị' }).click()
  await page.locator('.ant-select-item-option').filter({ hasText: 'Khu dân cư' }).click()
  const rows = page
    .getByRole('tabpanel', { name: 'Đăng ký', exact: true })
    .locator('.ant-table-tbody tr.ant-table-row')
  const areas = await rows.count()
  expect(areas).toBeGreaterThan(1)
  await page.getByRole('checkbox', { name: 'Select all' }).check()
  await expect(page.getByText(`Đã chọn ${areas} đơn vị`)).toBeVisible()
  await page.getByRole('button', { name: `Đăng ký ${areas} đơn vị` }).click()
  await expect(page.getByText(/^Đã đăng ký: 1 mới, \d+ cập nhật, \d+ không đổi$/)).toBeVisible()
  await expect(rows.filter({ hasText: 'Chưa đăng ký' })).toHaveCount(0)
  await page.getByRole('tab', { name: /Chưa đăng ký/ }).click()
  await expect(missing.getByRole('cell', { name: 'Thôn Đông Sơn' })).toHaveCount(0)
  await expect(missing).toContainText('Danh sách đơn vị chưa đăng ký (1)')
})
