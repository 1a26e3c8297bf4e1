import { expect, test, type Page } from '@playwright/test'
import { ensureAccount } from './fixtures/accounts'
import { findLegacyUnit, findPlan000, vietnamDatePlus } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 000 runs "năm 2024" only, so its reports are all past their deadlines: the commune (plan
// owner of its units) first extends the school's deadline for quarter IV of 2024 on the reports
// page; the school reports the quarter; the commune returns it with a reason; the school fixes
// it and sends it again; the commune accepts it.
const SCHOOL = 'truong.thcs.dongyen'
const COMMUNE = 'xa.dongyen'
const STAFF_REACHED = 'Số cán bộ, công chức, viên chức, người lao động được tuyên truyền'
const PUPILS_REACHED = 'Số học sinh, sinh viên được tuyên truyền'
const PERIOD = '2024-Q4'

// Four sign-ins on a machine shared with other suites: more than the default minute.
test.setTimeout(180_000)

async function switchTo(page: Page, username: string) {
  await page.context().clearCookies()
  await signIn(page, username)
}

async function openReport(page: Page, planId: number, unitName: string) {
  await page.goto(`/ke-hoach/${planId}/bao-cao?ky=${PERIOD}`)
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ' })).toBeVisible()
  await page.getByRole('button', { name: `Mở báo cáo: ${unitName}` }).click()
  await expect(page.getByText(`Báo cáo của ${unitName}`)).toBeVisible()
}

test('a unit reports a period, the commune returns it, the unit fixes it and it is accepted', async ({
  page,
  request,
}) => {
  const planId = await findPlan000(request)
  const commune = await findLegacyUnit(request, 'Xã Đồng Yên', 'Huyện Bắc Quang')
  const school = await findLegacyUnit(request, 'Trường THCS Đồng Yên', 'Xã Đồng Yên')
  await ensureAccount(request, {
    username: SCHOOL,
    fullName: 'Hà Văn Long',
    role: 'unit_clerk',
    scopeUnitId: school,
  })
  await ensureAccount(request, {
    username: COMMUNE,
    fullName: 'Triệu Thị Thu',
    role: 'plan_owner',
    scopeUnitId: commune,
  })

  // The commune extends the school's deadline for the quarter (a reason is required).
  await signIn(page, COMMUNE)
  await page.goto(`/ke-hoach/${planId}/bao-cao?ky=${PERIOD}`)
  await page.getByRole('combobox', { name: 'Chọn đơn vị' }).click()
  await page.getByRole('combobox', { name: 'Chọn đơn vị' }).fill('Trường THCS Đồng Yên')
  await page.getByRole('combobox', { name: 'Chọn đơn vị' }).press('Enter')
  await page.getByLabel('Gia hạn đến ngày').fill(vietnamDatePlus(30))
  await page.getByLabel('Gia hạn đến ngày').press('Enter')
  await page.getByLabel('Lý do gia hạn').fill('Trường tổng hợp số liệu chậm do kỳ thi')
  await page.getByRole('button', { name: 'Gia hạn', exact: true }).click()
  await expect(page.getByText('Đã gia hạn', { exact: true })).toBeVisible()

  // The school fills the form; a part larger than its whole is refused beside the field.
  await switchTo(page, SCHOOL)
  await page.goto(`/ke-hoach/${planId}`)
  await page.getByRole('link', { name: /Báo cáo định kỳ/ }).click()
  await expect(page.getByRole('combobox', { name: 'Chọn kỳ báo cáo' })).toBeVisible()
  await openReport(page, planId, 'Trường THCS Đồng Yên')
  const staff = page.getByLabel(STAFF_REACHED)
  await staff.fill('1000')
  await expect(page.getByText(/\(1\.000\) không được lớn hơn/)).toBeVisible()
  await staff.fill('-3')
  await expect(page.getByText(`"${STAFF_REACHED}" không được âm`)).toBeVisible()
  await staff.fill('80')
  await page.getByLabel(PUPILS_REACHED).fill('850')
  await page.getByLabel('Số mô hình phong trào toàn dân bảo vệ ANTQ').fill('2')
  await page.getByLabel('Số mô hình hoạt động hiệu quả').fill('1')
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page.getByText('Đã lưu nháp')).toBeVisible()
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click()
  await expect(page.locator('.ant-card-extra').getByText('Đã gửi')).toBeVisible()

  // The commune returns it with a reason.
  await switchTo(page, COMMUNE)
  await openReport(page, planId, 'Trường THCS Đồng Yên')
  await page.getByRole('button', { name: 'Trả lại' }).click()
  const reason = 'Số học sinh được tuyên truyền chưa khớp sổ theo dõi, đề nghị kiểm tra lại'
  await page.getByRole('dialog').getByLabel('Lý do').fill(reason)
  await page.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click()
  await expect(page.locator('.ant-card-extra').getByText('Bị trả lại')).toBeVisible()

  // The school sees why, fixes the figure and sends it again.
  await switchTo(page, SCHOOL)
  await openReport(page, planId, 'Trường THCS Đồng Yên')
  await expect(page.getByText(`Lý do: ${reason}`)).toBeVisible()
  await page.getByLabel(PUPILS_REACHED).fill('870')
  await page.getByRole('button', { name: 'Gửi lại báo cáo' }).click()
  await expect(page.locator('.ant-card-extra').getByText('Đã gửi')).toBeVisible()

  // The commune accepts it; the history keeps every step with the reason of the return.
  await switchTo(page, COMMUNE)
  await openReport(page, planId, 'Trường THCS Đồng Yên')
  await expect(page.getByLabel(PUPILS_REACHED)).toHaveValue('870')
  await page.getByRole('button', { name: 'Tiếp nhận' }).click()
  await expect(page.locator('.ant-card-extra').getByText('Đã tiếp nhận')).toBeVisible()
  const history = page.locator('.ant-timeline')
  await expect(history).toContainText(reason)
  await expect(history).toContainText(`${COMMUNE}: Tiếp nhận`)
})
