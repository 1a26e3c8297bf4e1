import { expect, test } from '@playwright/test'
import { signIn } from './fixtures/session'

test('a wrong password is refused with a Vietnamese message', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/dang-nhap/)
  await page.getByLabel('Tên đăng nhập').fill('admin')
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng')).toBeVisible()
})

test('an official logs in and finds a commune by typing without accents', async ({ page }) => {
  await signIn(page, 'admin')
  await expect(page.getByText('Quản trị hệ thống').first()).toBeVisible()
  // The unit list is one click from the to-do home, in the menu.
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click()
  await page.getByLabel('Tìm đơn vị').fill('bac quang')
  const result = page.getByRole('link', { name: 'Xã Bắc Quang', exact: true })
  await expect(result).toBeVisible()
  await result.click()
  await expect(page.getByRole('heading', { name: 'Xã Bắc Quang' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Tỉnh Tuyên Quang' }).first()).toBeVisible()
  // The 2025 commune leads back to the legacy units it was formed from.
  await expect(page.getByText('Sáp nhập từ')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Thị trấn Việt Quang' })).toBeVisible()
})

test('a commune clerk cannot open another commune by editing the address', async ({ page }) => {
  await signIn(page, 'canbo.hagiang1')
  const own = await page.request.get('/api/units/search?q=ha%20giang%201')
  const ownBody = (await own.json()) as { items: { id: number; name: string }[] }
  expect(ownBody.items.map((item) => item.name)).toContain('Phường Hà Giang 1')
  await page.goto('/don-vi')
  await signIn(page, 'canbo.bacquang')
  const hagiang = ownBody.items.find((item) => item.name === 'Phường Hà Giang 1')
  await page.goto(`/don-vi/${hagiang?.id}`)
  await expect(page.getByText('Đơn vị này nằm ngoài phạm vi quản lý của bạn')).toBeVisible()
})
