import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { ensureAccount, signInApi } from './fixtures/accounts'
import { findLegacyUnit, findPlan000 } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Plan 000 (Bắc Quang 2024): "mỗi xã … duy trì ít nhất 01 mô hình … hoạt động hiệu quả" reads the
// model register. A commune clerk, on a phone, registers two models and records the first one's
// year plan and first-quarter review (9 of 10 targets: Tốt); the district's target counts the
// commune; the model is then proposed for the commune chairman's Giấy khen as itself and its
// criterion (plan at the start of the year, ≥ 90 %, rated) passes on its own record.
const CLERK = 'vanthu.mohinh'

test.setTimeout(240_000)
test.use({ viewport: { width: 390, height: 844 } })

type Target = { targetId: string; numerator: number | null }
async function effectiveTarget(request: APIRequestContext, planId: number, unitId: number) {
  const response = await request.get(`/api/plans/${planId}/targets?scopeUnitId=${unitId}&year=2024`)
  expect(response.ok()).toBe(true)
  const { items } = (await response.json()) as { items: Target[] }
  return items.find((item) => item.targetId === 'mo-hinh-hieu-qua')?.numerator ?? 0
}

type Listed = { id: number; effective: boolean; rowVersion: number; host: { id: number } }
type Child = { id: number; kind: string; name: string }

async function childrenOf(request: APIRequestContext, unitId: number): Promise<Child[]> {
  const body = (await (await request.get(`/api/units/${unitId}/children`)).json()) as
    { items: Child[] } | Child[]
  return Array.isArray(body) ? body : body.items
}

/**
 * A commune of the district that does not keep an effective model of its own (the target's
 * drill-down of units not meeting it); when every commune keeps one, the first commune's own
 * effective models (hosted by it or its khu dân cư) are dissolved mid-2024, with a reason.
 */
async function communeWithoutModel(request: APIRequestContext, planId: number, districtId: number) {
  const url = `/api/plans/${planId}/targets/mo-hinh-hieu-qua/units?scopeUnitId=${districtId}&year=2024&status=not_met`
  const { items } = (await (await request.get(url)).json()) as { items: { unit: Child }[] }
  const found = items.find((item) => item.unit.kind === 'commune')
  if (found) return found.unit
  const commune = (await childrenOf(request, districtId)).find((each) => each.kind === 'commune')
  if (!commune) throw new Error('no commune under the district')
  const own = new Set([commune.id])
  for (const child of await childrenOf(request, commune.id))
    if (child.kind === 'residential_area') own.add(child.id)
  const listed = (await (
    await request.get(`/api/units/${commune.id}/models?year=2024`)
  ).json()) as {
    models: Listed[]
  }
  const csrf = await signInApi(request, 'admin')
  for (const model of listed.models.filter((each) => each.effective && own.has(each.host.id))) {
    const ended = await request.post(`/api/models/${model.id}/end`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        ...{ status: 'dissolved', endedOn: '2024-06-30', replacedBy: null },
        ...{
          reason: 'Hoạt động hình thức, giải thể để xây dựng mô hình mới',
          rowVersion: model.rowVersion,
        },
      },
    })
    expect(ended.status(), await ended.text()).toBe(200)
  }
  return commune
}

async function pickDate(page: Page, label: string, value: string) {
  await page.getByLabel(label).fill(value)
  await page.getByLabel(label).press('Enter')
}

async function registerModel(page: Page, name: string, type: string) {
  await page.getByRole('button', { name: 'Đăng ký mô hình' }).click()
  await page.getByLabel('Tên mô hình').fill(name)
  await page.getByLabel('Loại mô hình').click()
  await page.getByTitle(type).click()
  await page.getByLabel('Số thành viên').fill('18')
  await pickDate(page, 'Ngày bắt đầu', '12/05/2023')
  await page.getByLabel('Nhóm Zalo (tên hoặc đường dẫn)').fill(`Zalo ${name}`)
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Lưu kế hoạch' })).toBeVisible()
}

test('a commune clerk registers two models and a quarterly review; the district target moves; the model is nominated as itself', async ({
  page,
  request,
}) => {
  const planId = await findPlan000(request)
  const district = await findLegacyUnit(request, 'Huyện Bắc Quang', 'Tỉnh Hà Giang')
  const commune = await communeWithoutModel(request, planId, district)
  await ensureAccount(request, {
    ...{ username: CLERK, fullName: 'Hoàng Thị Mai', role: 'unit_clerk' },
    scopeUnitId: commune.id,
  })
  const before = await effectiveTarget(request, planId, district)

  await signIn(page, CLERK)
  await page.goto(`/don-vi/${commune.id}/mo-hinh?nam=2024`)
  await expect(
    page.getByRole('heading', { name: `Mô hình phong trào – ${commune.name}` }),
  ).toBeVisible()
  await registerModel(page, 'Tự quản về ANTT thôn Tân Lập', 'Tự quản về an ninh trật tự')
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click()
  await expect(page.getByText('Lập đầu năm')).toBeVisible()
  await page.getByLabel('Số chỉ tiêu hoàn thành').fill('9')
  await pickDate(page, 'Ngày đánh giá', '31/03/2024')
  await page.getByRole('button', { name: 'Lưu kết quả đánh giá' }).click()
  await expect(page.getByRole('cell', { name: '90%' })).toBeVisible()
  await page.locator('.ant-drawer-close').click()
  await registerModel(page, 'Thắp sáng đường quê xóm Cầu', 'Thắp sáng đường quê')
  await page.locator('.ant-drawer-close').click()
  await page.getByLabel('Tìm theo tên, loại, đơn vị (gõ không dấu được)').fill('thap sang')
  await expect(page.getByText('Thắp sáng đường quê xóm Cầu', { exact: true })).toBeVisible()
  await expect(page.getByText('Tự quản về ANTT thôn Tân Lập', { exact: true })).toBeHidden()

  // The district (admin here) sees its target count one more commune with an effective model.
  await signInApi(request, 'admin')
  expect(await effectiveTarget(request, planId, district)).toBe(before + 1)

  // The model proposed for the commune chairman's Giấy khen as itself (API: no form step yet).
  const list = (await (await request.get(`/api/units/${commune.id}/models?year=2024`)).json()) as {
    models: { id: number; name: string }[]
  }
  const model = list.models.find((each) => each.name === 'Tự quản về ANTT thôn Tân Lập')
  const csrf = await signInApi(request, CLERK)
  const created = await request.post(`/api/plans/${planId}/nominations`, {
    headers: { 'x-csrf-token': csrf },
    data: {
      ...{
        year: 2024,
        awardFormId: 'gk-ubnd-xa',
        proposingUnitId: commune.id,
        subjectId: 'mo-hinh',
      },
      nominee: { kind: 'collective', unitId: commune.id, modelId: model?.id },
    },
  })
  expect(created.status(), await created.text()).toBe(200)
  const nomination = (await created.json()) as {
    eligibility: { conditions: { key: string; status: string }[] }
  }
  const criterion = (id: string) =>
    nomination.eligibility.conditions.find((condition) => condition.key.endsWith(id))?.status
  expect(criterion('ke-hoach-va-90')).toBe('pass')
  expect(criterion('xep-loai')).toBe('pass')
})
