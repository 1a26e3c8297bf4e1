import { expect, test, type APIRequestContext } from '@playwright/test'
import { ensureAccount, signInApi } from './fixtures/accounts'
import { findLegacyUnit } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 003 (Tây Ninh, "năm 2024") reads the police's monthly records. December 2024 is long
// locked, so the district's police (plan owner of Huyện Tân Châu) correct it with a reason: a
// part larger than its whole is refused beside the field first; then the district's case-solving
// target and its fall in social-order crime "so với năm 2023" move against the records.
const POLICE = 'congan.tanchau'
const CASES = 'Tổng số vụ phạm tội phải điều tra (vụ)'
const SOLVED = 'Số vụ đã điều tra, khám phá (vụ)'
const SOCIAL = 'Số vụ phạm tội về trật tự xã hội (vụ)'

test.setTimeout(180_000)

type Target = { targetId: string; numerator: number | null; denominator: number | null }
async function targetsOf(request: APIRequestContext, planId: number, unitId: number) {
  const response = await request.get(`/api/plans/${planId}/targets?scopeUnitId=${unitId}&year=2024`)
  expect(response.ok()).toBe(true)
  const { items } = (await response.json()) as { items: Target[] }
  return new Map(items.map((item) => [item.targetId, item]))
}

test('police correct a locked month; plan 003’s crime targets move against the 2023 records', async ({
  page,
  request,
}) => {
  await signInApi(request, 'admin')
  const district = await findLegacyUnit(request, 'Huyện Tân Châu', 'Tỉnh Tây Ninh')
  const plans = (await (await request.get('/api/plans')).json()) as {
    items: { id: number; issuerName: string }[]
  }
  const planId = plans.items.find((item) => item.issuerName.includes('Tây Ninh'))?.id ?? 0
  await ensureAccount(request, {
    ...{ username: POLICE, fullName: 'Nguyễn Văn Công', role: 'plan_owner' },
    scopeUnitId: district,
  })
  const before = await targetsOf(request, planId, district)
  const month = (await (
    await request.get(`/api/units/${district}/crime-statistics?year=2024`)
  ).json()) as { months: { month: string; values: Record<string, number> }[] }
  const december = month.months.find((each) => each.month === '2024-12')?.values ?? {}
  const cases = (december.cases ?? 0) + 10
  const solved = (december.cases_solved ?? 0) + 10
  const social = (december.social_order_cases ?? 0) + 5

  await signIn(page, POLICE)
  await page.getByRole('link', { name: 'Số liệu tội phạm' }).click()
  await page.goto(`/don-vi/${district}/so-lieu-toi-pham?nam=2024&thang=2024-12`)
  await expect(
    page.getByRole('heading', { name: 'Số liệu tội phạm – Huyện Tân Châu' }),
  ).toBeVisible()
  await expect(page.getByText(/Đã khóa sổ từ sau ngày 10\/01\/2025/)).toBeVisible()
  await page.getByLabel(CASES).fill(String(cases))
  await page.getByLabel(SOLVED).fill(String(cases + 2))
  await expect(page.getByText(/không được lớn hơn tổng số vụ phạm tội phải điều tra/)).toBeVisible()
  await page.getByLabel(SOLVED).fill(String(solved))
  await page.getByLabel(SOCIAL).fill(String(social))
  await page.getByRole('button', { name: 'Điều chỉnh số liệu đã khóa' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Lý do điều chỉnh').fill('Bổ sung các vụ án khởi tố muộn của tháng 12')
  await dialog.getByRole('button', { name: 'Điều chỉnh số liệu đã khóa' }).click()
  await expect(page.getByText('Đã lưu số liệu')).toBeVisible()
  await expect(page.getByText('Bổ sung các vụ án khởi tố muộn của tháng 12').first()).toBeVisible()

  const after = await targetsOf(request, planId, district)
  const moved = (id: string) => ({
    numerator: (after.get(id)?.numerator ?? 0) - (before.get(id)?.numerator ?? 0),
    denominator: (after.get(id)?.denominator ?? 0) - (before.get(id)?.denominator ?? 0),
  })
  expect(moved('kham-pha-an')).toEqual({ numerator: 10, denominator: 10 })
  // Five more social-order cases in 2024: the fall against 2023's records shrinks by five.
  expect(moved('giam-toi-pham-trat-tu')).toEqual({ numerator: -5, denominator: 0 })
})
