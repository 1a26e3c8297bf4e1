import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { signIn } from './fixtures/session'

const HEADER = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Phân loại,Mã đơn vị cấp trên,Số hộ gia đình'
const GOOD_ROW = '01153.E2E1,Thôn Khuổi Le,residential_area,thon,01153,180'

function writeCsv(name: string, rows: string[]) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'antq-e2e-')), name)
  fs.writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`)
  return file
}

test('a plan owner imports units: sees the bad row, fixes it, imports', async ({ page }) => {
  await signIn(page, 'congan.tuyenquang')
  await page.getByRole('menuitem', { name: 'Nhập đơn vị' }).click()
  await expect(page.getByRole('heading', { name: 'Nhập đơn vị' })).toBeVisible()

  const bad = writeCsv('don-vi-loi.csv', [
    GOOD_ROW,
    '01153.E2E2,Thôn Nà Mạ,residential_area,thon,99999,95',
  ])
  await page.locator('input[type=file]').setInputFiles(bad)
  await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click()
  await expect(page.getByText('Tệp có 1 lỗi, chưa có dữ liệu nào được ghi')).toBeVisible()
  const errorRow = page.getByRole('row', { name: /99999/ })
  await expect(errorRow).toContainText('3')
  await expect(errorRow).toContainText('Mã đơn vị cấp trên')

  const fixed = writeCsv('don-vi-da-sua.csv', [
    GOOD_ROW,
    '01153.E2E2,Thôn Nà Mạ,residential_area,thon,01153,95',
  ])
  await page.locator('input[type=file]').setInputFiles(fixed)
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click()
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(page.getByText('Đã nhập dữ liệu thành công')).toBeVisible()
  await expect(page.getByText('Tạo mới')).toBeVisible()

  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click()
  await page.getByLabel('Tìm đơn vị').fill('na ma')
  await expect(page.getByRole('link', { name: 'Thôn Nà Mạ' })).toBeVisible()
})
