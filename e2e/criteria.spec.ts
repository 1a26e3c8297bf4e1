import { expect, test } from '@playwright/test'
import { signIn } from './fixtures/session'

test('an administrator confirms a QĐ 510 class threshold, which makes a new version of the set', async ({
  page,
}) => {
  await signIn(page, 'admin')
  await page.getByRole('link', { name: 'Bộ tiêu chí', exact: true }).click()
  await page.getByRole('link', { name: 'Chấm điểm, phân loại phong trào: khu dân cư' }).click()
  await expect(page.getByText('Giả định, cần xác minh').first()).toBeVisible()
  await page.getByRole('button', { name: 'Sửa ngưỡng xếp loại' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Lý do').fill('Theo hướng dẫn của Công an tỉnh')
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('Đã lưu phiên bản 2')).toBeVisible()
  await expect(page.getByText('Phiên bản 2 — admin')).toBeVisible()
})
