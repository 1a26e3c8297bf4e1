import { expect, test } from '@playwright/test'
import { signInApi } from './fixtures/accounts'
import { signIn } from './fixtures/session'

// Issue 11 item 1: the bodies plan 000 gives tasks to are units under Bắc Quang; one the
// register lacks is created by the plan owner from the plan page, and the tasks link to them.
test('the plan owner sees the bodies of plan 000 as units, creates a missing one, and follows a task to it', async ({
  page,
  request,
}) => {
  // The register lacks "Phòng Nội vụ huyện Bắc Quang": its unit was renamed (by the owner).
  const csrf = await signInApi(request, 'congan.bacquang')
  const plans = (await (await request.get('/api/plans')).json()) as {
    items: { id: number; key: string }[]
  }
  const plan = plans.items.find((item) => item.key === '000-bac-quang-2024')
  expect(plan).toBeDefined()
  const search = await request.get(
    `/api/units/search?q=${encodeURIComponent('Phòng Nội vụ huyện Bắc Quang')}&version=legacy`,
  )
  const found = ((await search.json()) as { items: { id: number; name: string }[] }).items
  const office = found.find((unit) => unit.name === 'Phòng Nội vụ huyện Bắc Quang')
  expect(office).toBeDefined()
  const renamed = await request.patch(`/api/units/${office?.id}`, {
    headers: { 'x-csrf-token': csrf },
    data: { name: 'Phòng Nội vụ cũ', reason: 'Đổi tên để thử' },
  })
  expect(renamed.ok()).toBe(true)

  await signIn(page, 'congan.bacquang')
  await page.goto(`/ke-hoach/${plan?.id}?muc=co-quan`)
  const panel = page.getByRole('tabpanel', { name: /Cơ quan, đơn vị/ })
  await expect(panel.getByText('Cơ quan, đơn vị được giao nhiệm vụ')).toBeVisible()
  await expect(panel.getByRole('link', { name: 'Công an huyện Bắc Quang' })).toBeVisible()
  const culture = panel.getByRole('row', { name: /Trung tâm Văn hóa, thông tin và du lịch huyện/ })
  // One clerk acts for the culture centre (canbo.vanhoabacquang).
  await expect(culture.getByRole('cell').last()).toHaveText('1')

  const row = panel.getByRole('row', { name: /^Phòng Nội vụ huyện/ })
  await expect(row).toContainText('Chưa có đơn vị "Phòng Nội vụ huyện" trực thuộc cơ quan ban hành')
  await row.getByRole('button', { name: 'Tạo đơn vị' }).click()
  await page.getByRole('button', { name: 'Đồng ý' }).click()
  await expect(page.getByText('Đã tạo đơn vị Phòng Nội vụ huyện Bắc Quang')).toBeVisible()
  await expect(row.getByRole('link', { name: 'Phòng Nội vụ huyện Bắc Quang' })).toBeVisible()

  // The task "Tham mưu UBND huyện khen thưởng" names its owner by unit: a link to its page.
  await page.getByRole('tab', { name: /Nhiệm vụ/ }).click()
  const task = page.getByRole('article', { name: /Tham mưu UBND huyện khen thưởng kịp thời/ })
  await expect(task.getByRole('link', { name: 'Công an huyện' })).toBeVisible()
  await task.getByRole('link', { name: 'Phòng Nội vụ huyện' }).click()
  await expect(page).toHaveURL(/\/don-vi\/\d+$/)
  await expect(page.getByRole('heading', { name: 'Phòng Nội vụ huyện Bắc Quang' })).toBeVisible()
})
