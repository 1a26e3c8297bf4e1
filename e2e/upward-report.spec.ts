import fs from 'node:fs'
import JSZip from 'jszip'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { ensureAccount, signInApi } from './fixtures/accounts'
import { findLegacyUnit } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 001 (Quảng Trị): each district sends the province its yearly report ("báo cáo kết quả
// thực hiện hàng năm (trước ngày 25/10)"). Huyện Cam Lộ drafts it, writes its narrative,
// downloads the DOCX and sends it up; the province sees it sent and marks it received.
// (No seed asks a district for a six-monthly review to the province: plan 002's six-month
// review goes from the communes to the district, and that plan ended in 2025.)
const DISTRICT = 'canbo.camlo'
const PROVINCE = 'congan.quangtri'
const NARRATIVE = 'Huyện Cam Lộ đã ban hành kế hoạch và tổ chức hội nghị triển khai tới các xã.'
const REPORT = /Báo cáo kết quả thực hiện hằng năm/

test.setTimeout(180_000)

async function findPlan001(request: APIRequestContext): Promise<number> {
  await signInApi(request, 'admin')
  const response = await request.get('/api/plans')
  const { items } = (await response.json()) as { items: { id: number; title: string }[] }
  const plan = items.find((item) => item.title.endsWith('trên địa bàn tỉnh Quảng Trị'))
  if (!plan) throw new Error('plan 001 not found')
  return plan.id
}

async function switchTo(page: Page, username: string) {
  await page.context().clearCookies()
  await signIn(page, username)
}

async function docxText(path: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(path))
  return (await zip.file('word/document.xml')?.async('string'))?.replace(/<[^>]+>/g, '') ?? ''
}

test('the district drafts, writes, downloads and sends its report; the province receives it', async ({
  page,
  request,
}) => {
  const planId = await findPlan001(request)
  const district = await findLegacyUnit(request, 'Huyện Cam Lộ', 'Tỉnh Quảng Trị')
  const province = await findLegacyUnit(request, 'Tỉnh Quảng Trị', '')
  await ensureAccount(request, {
    username: DISTRICT,
    fullName: 'Lê Văn Sơn',
    role: 'unit_clerk',
    scopeUnitId: district,
  })
  await ensureAccount(request, {
    username: PROVINCE,
    fullName: 'Hồ Thị Hoa',
    role: 'plan_owner',
    scopeUnitId: province,
  })

  // The district opens its yearly report from the plan page and writes its narrative.
  await signIn(page, DISTRICT)
  await page.goto(`/ke-hoach/${planId}`)
  await expect(page.getByText('Báo cáo của Huyện Cam Lộ')).toBeVisible()
  await page.getByRole('link', { name: new RegExp(`Mở báo cáo: ${REPORT.source}`) }).click()
  await expect(page.getByRole('heading', { name: 'Soạn báo cáo gửi cấp trên' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Kết quả thực hiện các chỉ tiêu' })).toBeVisible()
  await page.getByLabel('Tình hình triển khai').fill(NARRATIVE)
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page.getByText('Đã lưu nháp')).toBeVisible()

  // The DOCX carries the narrative beside the computed parts.
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Tải DOCX' }).click()
  const text = await docxText(await (await downloading).path())
  expect(text).toContain('BÁO CÁO')
  expect(text).toContain(NARRATIVE)
  expect(text).toContain('Kết quả thực hiện các chỉ tiêu')

  // Sent up: the editor locks.
  await page.getByRole('button', { name: 'Gửi lên cấp trên' }).click()
  await page.getByRole('tooltip').getByRole('button', { name: 'Gửi lên cấp trên' }).click()
  await expect(page.getByText('Đã gửi báo cáo lên cấp trên')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0)

  // The province sees Cam Lộ has reported, opens it and marks it received.
  await switchTo(page, PROVINCE)
  await page.goto(`/ke-hoach/${planId}`)
  await page
    .getByRole('button', { name: new RegExp(`Xem đơn vị đã báo cáo: ${REPORT.source}`) })
    .click()
  const row = page.getByRole('row', { name: /Huyện Cam Lộ/ })
  await expect(row.getByText('Đã gửi', { exact: true })).toBeVisible()
  await row.getByRole('link', { name: 'Huyện Cam Lộ' }).click()
  await expect(page.getByLabel('Tình hình triển khai')).toHaveValue(NARRATIVE)
  await page.getByRole('button', { name: 'Đánh dấu đã nhận' }).click()
  await expect(page.getByText('Cấp trên đã nhận')).toBeVisible()
})
