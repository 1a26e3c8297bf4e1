import { expect, test } from '@playwright/test'
import { signIn } from './fixtures/session'

const PLAN_TITLE = 'Phát động phong trào thi đua toàn dân bảo vệ an ninh Tổ quốc năm 2024'
const STATUS = /^(Đạt|Đúng tiến độ|Chậm tiến độ|Không đạt|Chưa có số liệu|Không áp dụng)$/

test('the admin follows a plan’s targets and opens the units behind one', async ({ page }) => {
  await signIn(page, 'admin')
  // Plan 000 (Bắc Quang, 2024), found through the API with the page's own session.
  const response = await page.request.get('/api/plans')
  const { items } = (await response.json()) as {
    items: { id: number; title: string; issuerName: string }[]
  }
  const plan = items.find(
    (item) => item.title === PLAN_TITLE && item.issuerName.includes('Bắc Quang'),
  )
  expect(plan).toBeDefined()

  await page.goto(`/ke-hoach/${plan?.id}`)
  await page.getByRole('link', { name: /Tiến độ chỉ tiêu/ }).click()
  await expect(page).toHaveURL(/\/ke-hoach\/\d+\/tien-do$/)
  await expect(page.getByRole('heading', { name: 'Tiến độ chỉ tiêu' })).toBeVisible()
  await expect(page.getByText('Số liệu đến')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Chọn phạm vi' })).toBeVisible()

  const rows = page.locator('.ant-table-tbody tr.ant-table-row')
  await expect(rows.first()).toBeVisible()
  await expect(rows.first().locator('.ant-tag').filter({ hasText: STATUS })).toBeVisible()

  await rows.first().click()
  const drawer = page.getByRole('dialog')
  await expect(drawer).toBeVisible()
  await expect(drawer.getByText(/^Đơn vị — /)).toBeVisible()
  await expect(drawer.getByRole('button', { name: 'Xuất Excel' })).toBeVisible()
  await expect(drawer.locator('.ant-table')).toBeVisible()
})
