import { expect, test } from '@playwright/test'
import { signInApi } from './fixtures/accounts'
import { signIn } from './fixtures/session'

// Plan 000 (Bắc Quang, 2024) III.3 orders each commune's "Ngày hội toàn dân bảo vệ ANTQ"
// (window 01/7 – 19/8 from the plan's data). Xã Đồng Yên's clerk records its Ngày hội with the
// programme and a photo; the list of communes that have not held theirs shrinks by one.
const CLERK = 'canbo.xadongyen'
const OWNER = 'congan.bacquang'
const EVENT = 'ngay-hoi-2024'
// A 1×1 PNG: the server tells it by its content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

test.setTimeout(180_000)

type Overview = { events: { id: string; notHeld: { unit: { name: string } }[] }[] }

test('a commune records its Ngày hội with the programme and a photo; the not-held list shrinks', async ({
  page,
  request,
}) => {
  await signInApi(request, 'admin')
  const plans = (await (await request.get('/api/plans')).json()) as {
    items: { id: number; key: string }[]
  }
  const planId = plans.items.find((item) => item.key === '000-bac-quang-2024')?.id ?? 0
  const notHeld = async () => {
    const response = await request.get(`/api/plans/${planId}/events?year=2024`)
    expect(response.ok()).toBe(true)
    const body = (await response.json()) as Overview
    return body.events.find((event) => event.id === EVENT)?.notHeld ?? []
  }
  const before = await notHeld()
  expect(before.map((row) => row.unit.name)).toContain('Xã Đồng Yên')

  await signIn(page, CLERK)
  await expect(page.getByRole('link', { name: 'Ngày hội / Diễn đàn' })).toBeVisible()
  await page.goto(`/ngay-hoi?ke-hoach=${planId}&nam=2024`)
  await expect(page.getByText('Thời gian tổ chức: 01/07/2024 – 19/08/2024')).toBeVisible()
  await page.getByRole('button', { name: 'Ghi nhận tổ chức' }).click()
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận Ngày hội / Diễn đàn' })
  await dialog.getByLabel('Ngày tổ chức').fill('10/08/2024')
  await dialog.getByLabel('Ngày tổ chức').press('Enter')
  await dialog.getByLabel('Số người tham gia').fill('450')
  await dialog
    .getByLabel('Tên hoạt động')
    .fill('Ngày hội toàn dân bảo vệ ANTQ xã Đồng Yên năm 2024')
  await dialog.getByLabel('Địa điểm').fill('Sân vận động xã Đồng Yên')
  await dialog.getByLabel('Nội dung').first().fill('Khai mạc, báo cáo kết quả phong trào')
  await dialog.getByRole('button', { name: 'Thêm nội dung' }).click()
  await dialog.getByLabel('Nội dung').nth(1).fill('Hội thi tìm hiểu pháp luật')
  await dialog.getByRole('button', { name: 'Lưu' }).click()

  const detail = page.getByRole('dialog', {
    name: 'Ngày hội toàn dân bảo vệ ANTQ xã Đồng Yên năm 2024',
  })
  await expect(detail.getByText('Hội thi tìm hiểu pháp luật')).toBeVisible()
  await detail.locator('input[type=file]').setInputFiles({
    name: 'ngay-hoi-dong-yen.png',
    mimeType: 'image/png',
    buffer: PNG,
  })
  await expect(detail.getByRole('img', { name: 'ngay-hoi-dong-yen.png' })).toBeVisible()
  await expect(detail.getByText('Thêm ảnh', { exact: true })).toBeVisible()

  const after = await notHeld()
  expect(after).toHaveLength(before.length - 1)
  expect(after.map((row) => row.unit.name)).not.toContain('Xã Đồng Yên')

  // The plan owner (Bắc Quang's police) sees it on the plan's "Ngày hội, diễn đàn" tab.
  await signIn(page, OWNER)
  await page.goto(`/ke-hoach/${planId}?muc=ngay-hoi`)
  const card = page.getByTestId(`event-${EVENT}`)
  await expect(card.getByText(`Đơn vị chưa tổ chức (${before.length - 1})`)).toBeVisible()
  await expect(card.getByText('Ngày hội toàn dân bảo vệ ANTQ xã Đồng Yên năm 2024')).toBeVisible()
})
