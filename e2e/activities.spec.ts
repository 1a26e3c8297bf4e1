import { expect, test, type APIRequestContext } from '@playwright/test'
import { ensureAccount, signInApi } from './fixtures/accounts'
import { findLegacyUnit, findPlan000 } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 000 (Bắc Quang, 2024) IV.1: "ít nhất 90% số hộ dân trên địa bàn … được tuyên truyền" reads
// the activity log. A commune clerk, on a phone (390 px wide, no sideways scroll), records a
// commune-wide conference of December 2024 reaching every household, with a photo; the district's
// household target moves by exactly the households the commune's best session had not yet
// reached (a commune's figure is a lower bound: its largest session, or its villages' largest
// sessions added up, never more than its households).
const CLERK = 'canbo.dongtam'
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

test.setTimeout(180_000)
test.use({ viewport: { width: 390, height: 844 } })

type Target = { targetId: string; numerator: number | null; denominator: number | null }
async function target(request: APIRequestContext, planId: number, unitId: number) {
  const url = `/api/plans/${planId}/targets?scopeUnitId=${unitId}&year=2024`
  const response = await request.get(url)
  expect(response.ok()).toBe(true)
  const { items } = (await response.json()) as { items: Target[] }
  return items.find((item) => item.targetId === 'tuyen-truyen-ho-dan')
}

/** A commune of the district whose logged sessions have not yet reached all its households. */
async function communeWithRoom(request: APIRequestContext, planId: number, districtId: number) {
  const children = (await (await request.get(`/api/units/${districtId}/children`)).json()) as
    | { items: { id: number; kind: string; name: string }[] }
    | { id: number; kind: string; name: string }[]
  const units = (Array.isArray(children) ? children : children.items).filter(
    (each) => each.kind === 'commune',
  )
  for (const unit of units) {
    const own = await target(request, planId, unit.id)
    if (own && own.denominator && (own.numerator ?? 0) < own.denominator)
      return { commune: unit.id, name: unit.name, own }
  }
  throw new Error('every commune of the district already reaches all its households')
}

test('a commune clerk logs a session on a phone; the district’s propaganda target moves', async ({
  page,
  request,
}) => {
  const planId = await findPlan000(request)
  await signInApi(request, 'admin')
  const district = await findLegacyUnit(request, 'Huyện Bắc Quang', 'Tỉnh Hà Giang')
  const { commune, name, own } = await communeWithRoom(request, planId, district)
  await ensureAccount(request, {
    ...{ username: CLERK, fullName: 'Hoàng Thị Lan', role: 'unit_clerk' },
    scopeUnitId: commune,
  })
  const before = await target(request, planId, district)
  const households = own.denominator ?? 0

  await signIn(page, CLERK)
  await page.goto(`/don-vi/${commune}/hoat-dong?nam=2024`)
  await expect(
    page.getByRole('heading', { name: new RegExp(`Nhật ký hoạt động tuyên truyền – ${name}`) }),
  ).toBeVisible()
  await expect(page.getByText(/Một hộ dự nhiều buổi vẫn chỉ là một hộ/)).toBeVisible()
  await page.getByLabel('Ngày tổ chức').fill('2024-12-20')
  await page.getByLabel('Số người / số hộ được tuyên truyền').fill(String(households))
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Hội nghị toàn xã phát động phong trào bảo vệ ANTQ')
  await page.getByLabel('Chọn ảnh hoặc tệp').setInputFiles({
    ...{ name: 'hoi-nghi.png', mimeType: 'image/png', buffer: PNG },
  })
  await page.getByRole('button', { name: 'Lưu hoạt động' }).click()
  await expect(page.getByText('Đã ghi hoạt động')).toBeVisible()
  await expect(page.getByText('Hội nghị toàn xã phát động phong trào bảo vệ ANTQ')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Xem' }).first()).toBeVisible()
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(390)

  // The district (its plan owner's view: the targets at the district's scope) sees it move.
  const after = await target(request, planId, district)
  const ownAfter = await target(request, planId, commune)
  expect(ownAfter?.numerator).toBe(households)
  const moved = (after?.numerator ?? 0) - (before?.numerator ?? 0)
  expect(moved).toBe(households - (own.numerator ?? 0))
})
