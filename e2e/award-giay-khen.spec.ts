import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { findLegacyUnit, findPlan000, PLAN_000_TITLE, vietnamDatePlus } from './fixtures/campaign'
import { ensureAccount, signInApi } from './fixtures/accounts'
import { findLegacySchool, pdfFile, prepareTeacherNomination } from './fixtures/awards'
import { signIn } from './fixtures/session'

// Plan 000 (Bắc Quang 2024): a lower secondary school proposes one of its teachers for the
// Giấy khen of the district chairperson. The dossier deadline (05/11/2024) has passed, so the
// district police first extend it; the school then meets an unmet condition, fixes the data,
// attests what must be attested, uploads the dossier and submits; the police appraise; the
// district council votes; the chairperson decides and the decision downloads as DOCX.
const CLERK = 'thcs.banghanh'
const SECRETARY = 'thuky.bacquang'
const CHAIR = 'chutich.bacquang'
const POLICE = 'congan.bacquang'
const TEACHER = 'Đỗ Thị Mai'
const YEAR = 2024
/** The symbol after the decision's number: QĐ-UBND for the district chairperson. */
const DECISION_CODE = 'UBND'

async function switchTo(page: Page, username: string) {
  await page.context().clearCookies()
  await signIn(page, username)
}

async function pick(page: Page, label: string | RegExp, option: string | RegExp) {
  const select = page.getByLabel(label, { exact: true })
  await select.click()
  await chooseOption(page, select, option)
}

/**
 * antd renders options in a virtual list outside the select: click the one in this select's
 * own dropdown (found through its listbox id), by exact title or by pattern.
 */
async function chooseOption(
  page: Page,
  select: Locator,
  option: string | RegExp,
  timeout?: number,
) {
  const id = await select.getAttribute('id')
  const dropdown = page.locator(`.ant-select-dropdown:has([id="${id}_list"])`)
  const options = dropdown.locator('.ant-select-item-option')
  const found =
    typeof option === 'string'
      ? options.and(page.locator(`[title="${option}"]`))
      : options.filter({ hasText: option })
  await found.first().click({ timeout })
}

/** Click a download button, keep the file and return its word/document.xml (it must be a DOCX). */
async function downloadDocx(page: Page, button: string, name: string): Promise<string> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  const file = test.info().outputPath(name)
  await download.saveAs(file)
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK')
  return execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8')
}

test('a school proposes a teacher for a Giấy khen through to the decision; a quota is refused with the count', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000)
  const planId = await findPlan000(request)
  const district = await findLegacyUnit(request, 'Huyện Bắc Quang', 'Tỉnh Hà Giang')
  const school = await findLegacySchool(request, 'Trường THCS', 'Huyện Bắc Quang')
  await ensureAccount(request, {
    username: CLERK,
    fullName: 'Vi Thị Thu',
    role: 'unit_clerk',
    scopeUnitId: school.id,
  })
  await ensureAccount(request, {
    username: SECRETARY,
    fullName: 'Hoàng Văn Tư',
    role: 'council_secretary',
    scopeUnitId: district,
  })
  await ensureAccount(request, {
    username: CHAIR,
    fullName: 'Trần Văn Quang',
    role: 'leader',
    scopeUnitId: district,
  })
  const plan = `?ke-hoach=${planId}&nam=${YEAR}`

  // The police extend the dossier deadline for every unit of the district.
  await signIn(page, POLICE)
  await page.goto(`/khen-thuong${plan}`)
  await page.getByRole('button', { name: 'Gia hạn nộp hồ sơ' }).click()
  await page.getByLabel('Gia hạn đến ngày').fill(vietnamDatePlus(30))
  await page.getByLabel('Gia hạn đến ngày').press('Enter')
  await page.getByLabel('Lý do gia hạn').fill('Các trường tổng hợp hồ sơ chậm do kỳ thi')
  await page.getByRole('button', { name: 'Gia hạn', exact: true }).click()
  await expect(page.getByText('Đã gia hạn', { exact: true })).toBeVisible()

  // The school drafts the nomination: a teacher, the district chairperson's Giấy khen.
  await switchTo(page, CLERK)
  await page.getByRole('link', { name: 'Khen thưởng' }).click()
  // By title and issuer: other plans of Bắc Quang (another journey publishes one) share the issuer.
  await pick(page, 'Kế hoạch', `${PLAN_000_TITLE} — Ban Chỉ đạo 138 huyện Bắc Quang`)
  await page.getByRole('button', { name: 'Đề nghị mới' }).click()
  await pick(page, 'Hình thức khen thưởng', 'Giấy khen của Chủ tịch UBND huyện')
  await expect(page.getByTestId('form-quota')).toContainText('Không giới hạn')
  await pick(page, 'Đối tượng (theo kế hoạch)', /^Cán bộ, công chức, viên chức/)
  await page.getByLabel('Họ và tên').fill(TEACHER)
  await page.getByLabel('Chức vụ').fill('Giáo viên')
  await pick(page, 'Thành phần', 'Viên chức')
  await page
    .getByLabel('Tóm tắt thành tích')
    .fill('Tích cực tham gia phong trào, phát hiện và báo tin về tệ nạn ma túy quanh trường')
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
  await expect(page).toHaveURL(/\/khen-thuong\/de-nghi\/\d+/)
  const nominationUrl = page.url()

  // Not eligible yet: the leadership condition has no data, nothing is attested.
  await expect(page.getByTestId('nomination-status')).toHaveText('Đang soạn')
  await expect(page.getByTestId('eligibility-summary')).toContainText('Đạt 0/4 điều kiện')
  const leader = page.locator('[data-condition="tieu-chuan-can-bo/lanh-dao"]')
  await expect(leader).toContainText('Chưa đủ dữ liệu')
  await expect(page.getByTestId('submit-blockers')).toContainText('Chưa đủ điều kiện')
  await expect(page.getByRole('button', { name: 'Gửi đề nghị' })).toBeDisabled()

  // Fix the data: she is not a leader. The pick is retried until the select shows it (the form
  // remounts when the nomination's row version changes under it); each try closes a dropdown a
  // failed try left open and clicks with a short timeout, so a stale try fails fast. Saving waits
  // for the server's answer, not for a fixed delay.
  await page.waitForLoadState('networkidle')
  const leaderItem = page
    .locator('.ant-form-item')
    .filter({ hasText: 'Là lãnh đạo cơ quan, đơn vị' })
  const leaderSelect = page.getByLabel('Là lãnh đạo cơ quan, đơn vị', { exact: true })
  await expect(async () => {
    await page.keyboard.press('Escape')
    await leaderSelect.click({ timeout: 2000 })
    await chooseOption(page, leaderSelect, 'Không', 2000)
    // antd 6 shows the chosen option as an element titled with it, inside the form item.
    await expect(leaderItem.locator('[title="Không"]')).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 30_000 })
  const saved = page.waitForResponse(
    (response) =>
      /\/api\/nominations\/\d+$/.test(response.url()) && response.request().method() === 'PATCH',
  )
  await page.getByRole('button', { name: 'Lưu thông tin' }).click()
  expect((await saved).status()).toBe(200)
  await expect(leader).toContainText('Đạt', { timeout: 20_000 })
  await expect(page.getByTestId('eligibility-summary')).toContainText('Đạt 1/4 điều kiện')

  // Attest each attested condition with its evidence and the person who confirms it.
  for (const [index, key] of ['guong-mau', 'thanh-tich', 'nhiem-vu'].entries()) {
    const row = page.locator(`[data-condition="tieu-chuan-can-bo/${key}"]`)
    await row.getByRole('button', { name: 'Xác nhận' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('input[type=file]').setInputFiles(pdfFile(`minh-chung-${key}.pdf`))
    await dialog.getByLabel('Người xác nhận (họ tên, chức vụ)').fill('Lê Văn Bình, Hiệu trưởng')
    await dialog.getByRole('button', { name: 'Lưu xác nhận' }).click()
    await expect(page.getByTestId('eligibility-summary')).toContainText(`Đạt ${index + 2}/4`)
    await expect(row).toContainText('Xác nhận: Lê Văn Bình, Hiệu trưởng')
  }
  await expect(page.getByTestId('eligibility-summary')).toContainText('đủ điều kiện đề nghị')

  // The dossier: a file that is not what its name says is refused with the server's reason.
  const itemInput = (item: string) => page.locator(`[data-item="${item}"] input[type=file]`)
  await itemInput('bao-cao-thanh-tich').setInputFiles({
    name: 'bao-cao.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Đây không phải tệp PDF'),
  })
  await expect(page.getByRole('alert').filter({ hasText: /PDF|tệp/ })).toBeVisible()
  await expect(page.getByTestId('dossier-message')).toContainText('Hồ sơ còn thiếu')
  await itemInput('bien-ban').setInputFiles(pdfFile('bien-ban-hop-truong.pdf'))
  await expect(page.getByRole('link', { name: 'bien-ban-hop-truong.pdf' })).toBeVisible()
  await itemInput('bao-cao-thanh-tich').setInputFiles(pdfFile('bao-cao-thanh-tich.pdf'))
  await expect(page.getByRole('link', { name: 'bao-cao-thanh-tich.pdf' })).toBeVisible()
  await expect(page.getByTestId('dossier-message')).toContainText('Hồ sơ đủ, nộp 1 bộ (bản chính)')
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click()
  await expect(page.getByTestId('nomination-status')).toHaveText('Đã gửi đề nghị')

  // The district police appraise it. A colleague with the same page open acts a moment later:
  // the server refuses the stale page with its message, and the page reloads what now stands.
  await switchTo(page, POLICE)
  await page.goto(nominationUrl)
  const colleague = await page.context().newPage()
  await colleague.goto(nominationUrl)
  await expect(colleague.getByRole('button', { name: 'Thẩm định' })).toBeVisible()
  await page.getByRole('button', { name: 'Thẩm định' }).click()
  await expect(page.getByTestId('nomination-status')).toHaveText('Đã thẩm định')
  await colleague.getByRole('button', { name: 'Thẩm định' }).click()
  await expect(
    colleague.getByRole('alert').filter({ hasText: 'vừa được người khác thay đổi' }),
  ).toBeVisible()
  await expect(colleague.getByTestId('nomination-status')).toHaveText('Đã thẩm định')
  await colleague.close()

  // The council's secretary sets up the council, a meeting, attendance and the agenda; it votes.
  await switchTo(page, SECRETARY)
  await page.goto(`/khen-thuong/hoi-dong${plan}`)
  await page.getByLabel('Tên hội đồng').fill('Hội đồng Thi đua - Khen thưởng huyện Bắc Quang')
  await page.getByLabel('Chữ viết tắt cơ quan (ví dụ UBND)').fill('UBND')
  const members = ['Trần Văn Quang', 'Hoàng Văn Tư', 'Nguyễn Văn Dũng']
  for (const [index, name] of members.entries())
    await page.getByLabel(`Họ và tên ${index + 1}`).fill(name)
  await page.getByRole('button', { name: 'Lưu hội đồng' }).click()
  await expect(page).toHaveURL(/\/khen-thuong\/hoi-dong\/\d+/)
  await expect(page.getByRole('cell', { name: 'Chủ tịch Hội đồng' })).toBeVisible()
  await page.getByLabel('Ngày họp').fill(vietnamDatePlus(0))
  await page.getByLabel('Ngày họp').press('Enter')
  await page.getByLabel('Địa điểm').fill('Hội trường UBND huyện Bắc Quang')
  await page.getByRole('button', { name: 'Lập phiên họp' }).click()
  await expect(page).toHaveURL(/\/khen-thuong\/phien-hop\/\d+/)
  for (const name of members) await page.getByRole('checkbox', { name: new RegExp(name) }).check()
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click()
  await expect(page.getByText(/Có mặt\s*3/).first()).toBeVisible()
  const candidate = page.getByRole('row', { name: new RegExp(TEACHER) })
  await candidate.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Đưa vào chương trình' }).click()
  const nominationId = Number(nominationUrl.split('/de-nghi/')[1]?.split('?')[0])
  await page.getByLabel(`Đồng ý #${nominationId}`, { exact: true }).fill('3')
  await page.getByLabel(`Không đồng ý #${nominationId}`).fill('0')
  await page.getByRole('button', { name: 'Ghi kết quả' }).click()
  await expect(page.getByTestId(`vote-${nominationId}`)).toContainText('Thông qua')
  await expect(page.getByTestId(`vote-${nominationId}`)).toContainText('Đồng ý 3')
  await page.getByRole('button', { name: 'Kết thúc phiên họp' }).click()
  await expect(page.getByText(/Biên bản số/)).toBeVisible()
  const minutes = await downloadDocx(page, 'Tải biên bản (DOCX)', 'bien-ban.docx')
  expect(minutes).toContain(TEACHER)

  // The chairperson decides; the decision downloads as DOCX and names the teacher.
  await switchTo(page, CHAIR)
  await page.goto(`/khen-thuong/quyet-dinh${plan}`)
  await pick(page, 'Hình thức', 'Giấy khen của Chủ tịch UBND huyện')
  await page
    .getByRole('row', { name: new RegExp(TEACHER) })
    .getByRole('checkbox')
    .check()
  await page.getByLabel('Chữ viết tắt cơ quan').fill(DECISION_CODE)
  await page.getByLabel('Người ký', { exact: true }).fill('Trần Văn Quang')
  await page.getByLabel('Chức vụ người ký').fill('Chủ tịch UBND huyện')
  await page.getByRole('button', { name: 'Ban hành quyết định' }).click()
  await expect(page).toHaveURL(/\/khen-thuong\/quyet-dinh\/\d+/)
  await expect(page.getByRole('cell', { name: TEACHER })).toBeVisible()
  const decision = await downloadDocx(page, 'Tải quyết định (DOCX)', 'quyet-dinh.docx')
  expect(decision).toContain(TEACHER)
  await page.goto(nominationUrl)
  await expect(page.getByTestId('nomination-status')).toHaveText('Đã có quyết định khen thưởng')

  // A quota: the provincial police's Giấy khen for Bắc Quang is set to one more than in use.
  const csrf = await signInApi(request, CLERK)
  const form = 'gk-ca-tinh'
  const quotas = await request.get(`/api/plans/${planId}/quotas?year=${YEAR}&awardFormId=${form}`)
  const [current] = (await quotas.json()) as {
    allocations: { toUnit: { id: number }; inUse: { inUse: number } }[]
  }[]
  const used = current?.allocations.find((row) => row.toUnit.id === district)?.inUse.inUse ?? 0
  await switchTo(page, POLICE)
  await page.goto(`/khen-thuong/chi-tieu${plan}`)
  await pick(page, 'Hình thức', 'Giấy khen của Giám đốc Công an tỉnh')
  const receiver = page.getByLabel('Giao cho đơn vị', { exact: true })
  await receiver.fill('Bắc Quang')
  await chooseOption(page, receiver, /Huyện Bắc Quang/)
  await page.getByLabel('Số lượng').fill(String(used + 1))
  await page.getByRole('button', { name: 'Lưu phân bổ' }).click()
  await expect(page.getByRole('cell', { name: `Đã dùng ${used}/${used + 1}` })).toBeVisible()

  // The school has one teacher already submitted for it; a second one is refused with the count.
  const draft = { planId, year: YEAR, awardFormId: form, schoolId: school.id }
  const first = await prepareTeacherNomination(request, csrf, { ...draft, fullName: 'Lý Văn Sơn' })
  const submitted = await request.post(`/api/nominations/${first.id}/actions`, {
    headers: { 'x-csrf-token': csrf },
    data: { action: 'submit', rowVersion: first.rowVersion },
  })
  expect(submitted.ok(), await submitted.text()).toBe(true)
  const second = await prepareTeacherNomination(request, csrf, { ...draft, fullName: 'Ma Thị Lan' })
  await switchTo(page, CLERK)
  await page.goto(`/khen-thuong/de-nghi/${second.id}${plan}`)
  await expect(page.getByTestId('nomination-quota')).toContainText(
    `Đã dùng ${used + 1}/${used + 1}`,
  )
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'không thể thêm' })).toContainText(
    `Đã dùng ${used + 1}/${used + 1} Giấy khen của Giám đốc Công an tỉnh`,
  )
  await expect(page.getByTestId('nomination-status')).toHaveText('Đang soạn')
})
