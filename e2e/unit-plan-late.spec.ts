import { expect, test, type Page } from '@playwright/test'
import { ensureAccount, signInApi } from './fixtures/accounts'
import { findLegacyUnit, vietnamDatePlus } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 002 (Lục Ngạn) asks every commune to send its own plan to the district "trước ngày
// 05/9/2020": long past, so a commune's plan is refused; the district (the plan owner) grants
// the commune an extension with a reason; the commune sends it, marked late; the district
// accepts it.
const CLERK = 'canbo.xatanson'
const OWNER = 'ubnd.lucngan'
const COMMUNE = 'Xã Tân Sơn'
const PDF = Buffer.from('%PDF-1.4\nKế hoạch thực hiện Đề án của xã Tân Sơn\n%%EOF')

test.setTimeout(180_000)

async function switchTo(page: Page, username: string) {
  await page.context().clearCookies()
  await signIn(page, username)
}

async function openPlan(page: Page, planId: number) {
  await page.goto(`/ke-hoach/${planId}`)
  await expect(page.getByText('Kế hoạch của đơn vị', { exact: true })).toBeVisible()
  await expect(page.getByText('Hạn gửi: 05/09/2020')).toBeVisible()
}

async function uploadPlan(page: Page) {
  await page.locator('input[type=file]').setInputFiles({
    name: 'ke-hoach-xa-tan-son.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  })
}

test('a commune submits its own plan late and is refused, gets an extension, submits', async ({
  page,
  request,
}) => {
  await signInApi(request, 'admin')
  const plans = (await (await request.get('/api/plans')).json()) as {
    items: { id: number; issuerName: string }[]
  }
  const planId = plans.items.find((item) => item.issuerName.includes('Lục Ngạn'))?.id ?? 0
  expect(planId).toBeGreaterThan(0)
  const commune = await findLegacyUnit(request, COMMUNE, 'Huyện Lục Ngạn')
  const district = await findLegacyUnit(request, 'Huyện Lục Ngạn', 'Tỉnh Bắc Giang')
  await ensureAccount(request, {
    ...{ username: CLERK, fullName: 'Lương Văn Tùng', role: 'unit_clerk' },
    scopeUnitId: commune,
  })
  await ensureAccount(request, {
    ...{ username: OWNER, fullName: 'Giáp Thị Hoa', role: 'plan_owner' },
    scopeUnitId: district,
  })

  // The commune sends its plan after 05/9/2020: refused, nothing sent.
  await signIn(page, CLERK)
  await openPlan(page, planId)
  // The commune's own card inside "Kế hoạch của đơn vị" (other cards on the page name it too).
  const unitPlans = page.locator('.ant-card').filter({
    has: page.locator('.ant-card-head-title', { hasText: /^Kế hoạch của đơn vị$/ }),
  })
  const card = unitPlans.locator('.ant-card', { hasText: COMMUNE })
  await expect(card.getByText('Chưa gửi')).toBeVisible()
  await expect(card.getByText('Quá hạn')).toBeVisible()
  await uploadPlan(page)
  await expect(page.getByText('Đã hết hạn gửi kế hoạch thực hiện ngày 05/09/2020')).toBeVisible()
  await expect(card.getByText('Chưa gửi')).toBeVisible()

  // The district grants the commune more time, with a reason.
  await switchTo(page, OWNER)
  await openPlan(page, planId)
  await page.getByRole('combobox', { name: 'Chọn đơn vị' }).click()
  await page.getByRole('combobox', { name: 'Chọn đơn vị' }).fill(COMMUNE)
  await page.getByRole('combobox', { name: 'Chọn đơn vị' }).press('Enter')
  await page.getByLabel('Gia hạn đến ngày').fill(vietnamDatePlus(30))
  await page.getByLabel('Gia hạn đến ngày').press('Enter')
  await page.getByLabel('Lý do gia hạn').fill('Xã mới kiện toàn Ban Chỉ đạo, chưa kịp ban hành')
  await page.getByRole('button', { name: 'Gia hạn', exact: true }).click()
  await expect(page.getByText('Đã gia hạn', { exact: true })).toBeVisible()

  // The commune sends it: accepted by the system, marked late.
  await switchTo(page, CLERK)
  await openPlan(page, planId)
  await uploadPlan(page)
  await expect(page.getByText('Đã gửi kế hoạch', { exact: true })).toBeVisible()
  await expect(card.getByText('Đã gửi, chờ tiếp nhận')).toBeVisible()
  await expect(card.getByText('Gửi muộn')).toBeVisible()
  await expect(card.getByRole('link', { name: 'ke-hoach-xa-tan-son.pdf' })).toBeVisible()

  // The district accepts it.
  await switchTo(page, OWNER)
  await openPlan(page, planId)
  const row = page.getByRole('row', { name: new RegExp(COMMUNE) })
  await row.getByRole('button', { name: 'Tiếp nhận' }).click()
  await expect(page.getByText('Đã tiếp nhận kế hoạch', { exact: true })).toBeVisible()
  await expect(row.getByText('Đã tiếp nhận', { exact: true }).first()).toBeVisible()
})
