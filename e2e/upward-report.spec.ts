import fs from 'node:fs'
import JSZip from 'jszip'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { signInApi } from './fixtures/accounts'
import { signIn } from './fixtures/session'

// Plan 002 (Lục Ngạn): the district reviews its work every six months ("sơ kết, tổng kết … nhằm
// đánh giá kết quả công tác 6 tháng, 1 năm", IV.8) and reports to Công an tỉnh (Nơi nhận: "Công
// an tỉnh (để báo cáo)"). Huyện Lục Ngạn's clerk drafts its six-month review for the first half
// of 2025, writes its narrative, downloads the DOCX and sends it up; Bắc Giang's police see it
// sent and mark it received. Demo accounts canbo.lucngan and congan.bacgiang (README).
const DISTRICT = 'canbo.lucngan'
const PROVINCE = 'congan.bacgiang'
const NARRATIVE = 'Huyện Lục Ngạn đã tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 tới các xã.'
const REPORT = /Báo cáo sơ kết 6 tháng gửi Công an tỉnh \(6 tháng đầu năm 2025/

test.setTimeout(180_000)

async function findPlan002(request: APIRequestContext): Promise<number> {
  await signInApi(request, 'admin')
  const response = await request.get('/api/plans')
  const { items } = (await response.json()) as { items: { id: number; key: string }[] }
  const plan = items.find((item) => item.key === '002-luc-ngan-2020-2025')
  if (!plan) throw new Error('plan 002 not found')
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

test('the district drafts, writes, downloads and sends its six-month review; the province receives it', async ({
  page,
  request,
}) => {
  const planId = await findPlan002(request)

  // The district opens its six-month review from the plan page and writes its narrative.
  await signIn(page, DISTRICT)
  await page.goto(`/ke-hoach/${planId}`)
  await expect(page.getByText('Báo cáo của Huyện Lục Ngạn')).toBeVisible()
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

  // The province sees Lục Ngạn has reported, opens it and marks it received.
  await switchTo(page, PROVINCE)
  await page.goto(`/ke-hoach/${planId}`)
  await page
    .getByRole('button', { name: new RegExp(`Xem đơn vị đã báo cáo: ${REPORT.source}`) })
    .click()
  const row = page.getByRole('row', { name: /Huyện Lục Ngạn/ })
  await expect(row.getByText('Đã gửi', { exact: true })).toBeVisible()
  await row.getByRole('link', { name: 'Huyện Lục Ngạn' }).click()
  await expect(page.getByLabel('Tình hình triển khai')).toHaveValue(NARRATIVE)
  await page.getByRole('button', { name: 'Đánh dấu đã nhận' }).click()
  await expect(page.getByText('Cấp trên đã nhận')).toBeVisible()
})
