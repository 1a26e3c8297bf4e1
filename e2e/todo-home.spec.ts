import { expect, test, type Page } from '@playwright/test'
import { findPlan000 } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// The to-do home (issue 13 item 1): every role lands on "Việc cần làm" after login. The commune
// clerk follows a returned report to the report itself; the district police's late units and
// reports to accept carry the counts the dashboard and the reports page show; at 390 px the
// page does not scroll sideways. Demo: seed-todo.ts (Xã Đồng Yên's quarter IV, plan 000).
const AGENCY = 'Ủy ban nhân dân Đồng Yên'

test.setTimeout(120_000)

async function landOnTodo(page: Page, username: string) {
  await signIn(page, username)
  await expect(page.getByRole('heading', { name: 'Việc cần làm', level: 2 })).toBeVisible()
}

const countIn = (text: string | null) => Number((text ?? '').replace(/\D.*$/s, ''))

test('a commune clerk lands on its to-do and follows a returned report to the report', async ({
  page,
}) => {
  await landOnTodo(page, 'canbo.xadongyen')
  const reports = page.getByRole('region', { name: 'Báo cáo định kỳ' })
  await expect(reports.getByText(/Lý do trả lại: Số cán bộ được tuyên truyền/)).toBeVisible()
  const item = reports.getByRole('link', { name: new RegExp(`bị trả lại.*${AGENCY}`) })
  await expect(item).toBeVisible()
  await expect(reports.getByText(/Quá hạn \d+ ngày · Hạn 14\/12\/2024/).first()).toBeVisible()
  const href = await item.getAttribute('href')
  await item.click()
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === href)
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ' })).toBeVisible()
  await page.getByRole('button', { name: `Mở báo cáo: ${AGENCY}` }).click()
  await expect(page.getByText('Báo cáo bị trả lại').first()).toBeVisible()
})

test('a district plan owner sees late units and reports to accept as the detailed pages count them', async ({
  page,
}) => {
  const planId = await findPlan000(page.request)
  await page.context().clearCookies()
  await landOnTodo(page, 'congan.bacquang')
  const late = page.getByRole('region', { name: 'Đơn vị chậm thực hiện' })
  await expect(late.getByRole('link').first()).toBeVisible()
  // A journey run before this one may have extended the district's registration window (then
  // nobody is late to register): the first late item stands in, without the tab comparison.
  const registrationLate =
    (await late.getByRole('link', { name: /chưa đăng ký thi đua/ }).count()) > 0
  const unregistered = registrationLate
    ? late.getByRole('link', { name: /đơn vị chưa đăng ký thi đua/ }).first()
    : late.getByRole('link').first()
  const count = countIn(await unregistered.textContent())
  expect(count).toBeGreaterThan(0)
  // The late units are named with their managing unit.
  await expect(late.getByText(/Quản lý: /).first()).toBeVisible()
  // Reports to accept: the reports page at the same period lists as many sent.
  const toAccept = page.getByRole('region', { name: 'Báo cáo chờ tiếp nhận' })
  const reportsLink = toAccept.getByRole('link', { name: /báo cáo chờ tiếp nhận: Quý IV năm 2024/ })
  const waiting = countIn(await reportsLink.textContent())
  const query = new URLSearchParams((await reportsLink.getAttribute('href'))?.split('?')[1])
  const reports = await page.request.get(
    `/api/plans/${planId}/reports?periodId=${query.get('ky')}&unitId=${query.get('donvi')}`,
  )
  const listed = ((await reports.json()) as { items: { status: string }[] }).items
  expect(listed.filter((row) => row.status === 'submitted')).toHaveLength(waiting)
  // The dashboard's late list says the same number.
  await unregistered.click()
  await expect(page).toHaveURL(new RegExp(`/ke-hoach/${planId}/tien-do`))
  if (registrationLate)
    await expect(page.getByRole('tab', { name: `Chưa đăng ký (${count})` })).toBeVisible({
      timeout: 30_000,
    })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the to-do home does not scroll sideways at 390 px', async ({ page }) => {
    await landOnTodo(page, 'canbo.xadongyen')
    await expect(page.getByRole('region', { name: 'Báo cáo định kỳ' })).toBeVisible()
    const widths = await page.evaluate(() => ({
      scroll: document.scrollingElement?.scrollWidth ?? 0,
      inner: window.innerWidth,
    }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner)
  })
})
