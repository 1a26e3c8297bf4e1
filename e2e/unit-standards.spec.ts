import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { signInApi } from './fixtures/accounts'
import { findLegacyUnit, findPlan000 } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 000 (Bắc Quang, 2024): "Có 95% số xã đạt chỉ tiêu 19.2" reads the communes' 19.2
// evaluations. The district (plan owner of Huyện Bắc Quang) records, for a xã whose 2024
// evaluation was "không đạt", a new evaluation "đạt" with its decision and the criteria met,
// then its drug-free recognition; the plan's 19.2 target gains that xã at the district.
const DISTRICT_USER = 'congan.bacquang'

test.setTimeout(180_000)

type Target = { targetId: string; numerator: number | null; denominator: number | null }
async function targetsOf(request: APIRequestContext, planId: number, unitId: number) {
  const response = await request.get(`/api/plans/${planId}/targets?scopeUnitId=${unitId}&year=2024`)
  expect(response.ok()).toBe(true)
  const { items } = (await response.json()) as { items: Target[] }
  return new Map(items.map((item) => [item.targetId, item]))
}

type ScopeRecord = {
  kind: string
  status: string
  validFrom: string
  unit: { id: number; name: string }
}

/** A xã of the district whose latest 19.2 record by 14/12/2024 (the plan year's end) says "không đạt". */
async function communeFailing(request: APIRequestContext, district: number) {
  const response = await request.get(`/api/units/${district}/standards/scope?kind=ntm_19_2`)
  expect(response.ok()).toBe(true)
  const { records } = (await response.json()) as { records: ScopeRecord[] }
  const latest = new Map<number, ScopeRecord>()
  for (const record of records)
    if (record.validFrom <= '2024-12-14' && !latest.has(record.unit.id))
      latest.set(record.unit.id, record)
  const failing = [...latest.values()].find(
    (record) => record.status === 'khong_dat' && record.unit.name.startsWith('Xã'),
  )
  if (!failing) throw new Error('no xã of Bắc Quang failed 19.2 in the demo')
  return failing.unit
}

async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click()
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    .click()
}

async function date(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true })
  await input.click()
  await input.fill(value)
  await input.press('Enter')
}

test('a district records a xã’s 19.2 evaluation and its drug-free recognition; the 19.2 target moves', async ({
  page,
  request,
}) => {
  const planId = await findPlan000(request)
  await signInApi(request, 'admin')
  const district = await findLegacyUnit(request, 'Huyện Bắc Quang', 'Tỉnh Hà Giang')
  const commune = await communeFailing(request, district)
  const before = await targetsOf(request, planId, district)

  await signIn(page, DISTRICT_USER)
  await page.goto(`/don-vi/${commune.id}`)
  await page.getByRole('link', { name: 'Tiêu chuẩn đạt được' }).click()
  await expect(
    page.getByRole('heading', { name: `Tiêu chuẩn đạt được – ${commune.name}` }),
  ).toBeVisible()

  await pick(
    page,
    'Tiêu chuẩn',
    'Đạt chỉ tiêu 19.2 (an toàn về an ninh, trật tự xã hội và bảo đảm bình yên)',
  )
  await date(page, 'Có hiệu lực từ ngày', '10/12/2024')
  await page.getByLabel('Số quyết định').fill('1520/QĐ-CAH')
  await date(page, 'Ngày quyết định', '08/12/2024')
  await page.getByLabel('Cơ quan ban hành').fill('Công an huyện Bắc Quang')
  await page.getByLabel('Không để xảy ra trọng án').check()
  await page.getByRole('button', { name: 'Lưu kết quả' }).click()
  await expect(page.getByText('Có tiêu chí chưa đạt nên không thể kết luận đạt')).toBeVisible()
  for (const item of [
    'Không có khiếu kiện đông người kéo dài, trái pháp luật',
    'Tội phạm và tệ nạn xã hội (ma túy, trộm cắp, cờ bạc, nghiện hút) được kiềm chế, giảm liên tục so với các năm trước',
    'Cấp ủy có nghị quyết, UBND có kế hoạch về ANTT hằng năm; chỉ đạo hiệu quả phong trào toàn dân bảo vệ ANTQ',
    'Không xảy ra các vụ việc tại điểm a–e khoản 3 Điều 4 Thông tư 124/2021/TT-BCA',
  ])
    await page.getByLabel(item).check()
  await page.getByRole('button', { name: 'Lưu kết quả' }).click()
  await expect(page.getByText('Đã ghi nhận kết quả')).toBeVisible()
  await expect(
    page.getByRole('cell', { name: /1520\/QĐ-CAH ngày 08\/12\/2024/ }).first(),
  ).toBeVisible()

  await pick(page, 'Tiêu chuẩn', 'Xã, phường, thị trấn không ma túy')
  await date(page, 'Có hiệu lực từ ngày', '12/12/2024')
  await page.getByLabel('Số quyết định').fill('1544/QĐ-UBND')
  await date(page, 'Ngày quyết định', '12/12/2024')
  await page.getByLabel('Cơ quan ban hành').fill('UBND huyện Bắc Quang')
  await page.getByRole('button', { name: 'Lưu kết quả' }).click()
  await expect(
    page.getByRole('cell', { name: /1544\/QĐ-UBND ngày 12\/12\/2024/ }).first(),
  ).toBeVisible()

  const after = await targetsOf(request, planId, district)
  const numerator = (map: Map<string, Target>) => map.get('ntm-19-2')?.numerator ?? 0
  expect(numerator(after) - numerator(before)).toBe(1)
  expect(after.get('ntm-19-2')?.denominator).toBe(before.get('ntm-19-2')?.denominator)
})
