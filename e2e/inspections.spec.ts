import { expect, test } from '@playwright/test'
import { signInApi } from './fixtures/accounts'
import { findLegacyUnit, findPlan000 } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 000's owner (Công an huyện Bắc Quang) has an inspection with its team and xã Đồng Yên
// (made through the API); on the plan's "Kiểm tra" tab it opens it, records a finding at the
// commune from the plan's checklist, and the commune's biên bản kiểm tra downloads.
const TITLE = 'Kiểm tra thực hiện phong trào tại xã Đồng Yên năm 2024'
const OWNER = 'congan.bacquang'

test.setTimeout(180_000)

test('the plan owner records a finding of an inspection and downloads the biên bản', async ({
  page,
  request,
}) => {
  const planId = await findPlan000(request)
  const commune = await findLegacyUnit(request, 'Xã Đồng Yên', 'Huyện Bắc Quang')
  const headers = { 'x-csrf-token': await signInApi(request, OWNER) }
  const created = await request.post(`/api/plans/${planId}/inspections`, {
    headers,
    data: {
      ...{ year: 2024, title: TITLE, periodFrom: '2024-07-01', periodTo: '2024-07-31' },
      ...{ leadName: 'Công an huyện Bắc Quang', planInspectionId: 'kiem-tra-thuc-hien' },
      members: [
        { name: 'Hoàng Minh Đức', position: 'Phó Trưởng Công an huyện', role: 'lead' },
        { name: 'Nông Thị Hoa', position: 'Chuyên viên', role: 'member' },
      ],
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { id } = (await created.json()) as { id: number }
  const added = await request.post(`/api/inspections/${id}/units`, {
    headers,
    data: { unitId: commune },
  })
  expect(added.ok()).toBe(true)

  await signIn(page, OWNER)
  await page.goto(`/ke-hoach/${planId}?muc=kiem-tra`)
  await expect(
    page.getByRole('article', { name: 'Kiểm tra, hướng dẫn, đôn đốc việc thực hiện kế hoạch' }),
  ).toBeVisible()
  await page.getByRole('link', { name: TITLE }).click()
  await expect(page).toHaveURL(new RegExp(`/kiem-tra/${id}$`))
  await expect(
    page.getByText('Hoàng Minh Đức, Phó Trưởng Công an huyện — Trưởng đoàn'),
  ).toBeVisible()

  await page.locator('.ant-table-row-expand-icon').first().click()
  const result = page.getByRole('combobox', { name: /^Kết quả: Kết quả đánh giá theo Thông tư/ })
  await result.click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Đạt"]').click()
  await page.getByRole('button', { name: 'Lưu kết quả kiểm tra' }).click()
  await expect(page.getByText('Đã lưu kết quả kiểm tra')).toBeVisible()
  await expect(page.getByText('Đạt: 1 · Chưa đạt: 0 · Ghi nhận: 0')).toBeVisible()

  const minutes = await page.request.get(`/api/inspections/${id}/units/${commune}/minutes`)
  expect(minutes.status()).toBe(200)
  expect(minutes.headers()['content-type']).toContain('wordprocessingml')
})
