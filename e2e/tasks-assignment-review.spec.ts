import { expect, test, type Page } from '@playwright/test'
import { ensureAccount } from './fixtures/accounts'
import { ensureBodyUnit, publishTaskPlan, TASK_TEXT } from './fixtures/assignments'
import { signIn } from './fixtures/session'

// The plan owner of Bắc Quang gives a plan's task to the Phòng Nội vụ; its clerk opens the
// assignment, reports progress with a file and submits it; the plan owner returns it with a
// reason; the clerk fixes it and submits again; the plan owner accepts it.
const CLERK = 'noivu.bacquang'
const OWNER = 'congan.bacquang'
const TASK = 'Thẩm định hồ sơ đề nghị khen thưởng, trình Hội đồng Thi đua - Khen thưởng huyện'
const REASON = 'Thiếu biên bản họp Hội đồng, đề nghị bổ sung'
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

test.setTimeout(180_000)

async function switchTo(page: Page, username: string) {
  await page.context().clearCookies()
  await signIn(page, username)
}

async function openAsClerk(page: Page) {
  await page.getByRole('link', { name: 'Nhiệm vụ được giao' }).click()
  await page.getByLabel('Năm').click()
  await page.getByTitle('2024').click()
  await page
    .locator('[data-task="tham-dinh-khen-thuong"]')
    .getByRole('button', { name: 'Xem' })
    .click()
  await expect(page.getByTestId('assignment-clause')).toHaveText(TASK_TEXT)
}

async function openAsOwner(page: Page, planId: number) {
  await page.goto(`/ke-hoach/${planId}`)
  const card = page.getByTestId('plan-assignments')
  await card
    .getByRole('row', { name: new RegExp(TASK) })
    .getByRole('button')
    .click()
  await expect(page.getByTestId('assignment-clause')).toHaveText(TASK_TEXT)
}

test('a department clerk reports progress with a file, the plan owner returns it, the clerk fixes it and it is accepted', async ({
  page,
  request,
}) => {
  const unitId = await ensureBodyUnit(request)
  const planId = await publishTaskPlan(request)
  await ensureAccount(request, {
    username: CLERK,
    fullName: 'Lý Thị Hoa',
    role: 'unit_clerk',
    scopeUnitId: unitId,
  })

  // The plan owner gives the plan's tasks for 2024 ("Giao nhiệm vụ").
  await signIn(page, OWNER)
  await page.goto(`/ke-hoach/${planId}`)
  const card = page.getByTestId('plan-assignments')
  await card.getByRole('button', { name: 'Giao nhiệm vụ' }).click()
  await expect(card.getByText('Đã giao 1 nhiệm vụ mới')).toBeVisible()
  await expect(
    card.getByRole('row', { name: /Phòng Nội vụ huyện Bắc Quang/ }).first(),
  ).toBeVisible()

  // The clerk opens it, notes progress with a file and reports it done.
  await switchTo(page, CLERK)
  await openAsClerk(page)
  await page.getByLabel('Nội dung tiến độ').fill('Đã tổng hợp 12 hồ sơ, gửi kèm danh sách')
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'danh-sach.pdf', mimeType: 'application/pdf', buffer: PDF })
  await expect(page.getByRole('link', { name: 'danh-sach.pdf' })).toBeVisible()
  await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click()
  await expect(page.getByTestId('assignment-history')).toContainText('Báo cáo hoàn thành')

  // The plan owner returns it with a reason.
  await switchTo(page, OWNER)
  await openAsOwner(page, planId)
  await expect(page.getByRole('link', { name: 'danh-sach.pdf' })).toBeVisible()
  await page.getByRole('button', { name: 'Trả lại' }).click()
  await page.getByRole('dialog').last().getByLabel('Lý do trả lại').fill(REASON)
  await page.getByRole('dialog').last().getByRole('button', { name: 'Trả lại' }).click()
  await expect(page.getByTestId('return-reason')).toHaveText(REASON)

  // The clerk sees why, adds the minutes and reports it done again.
  await switchTo(page, CLERK)
  await openAsClerk(page)
  await expect(page.getByTestId('return-reason')).toHaveText(REASON)
  await page.getByLabel('Nội dung tiến độ').fill('Đã bổ sung biên bản họp Hội đồng')
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: PDF })
  await expect(page.getByRole('link', { name: 'bien-ban.pdf' })).toBeVisible()
  await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click()
  await expect(page.getByTestId('assignment-history')).toContainText('Đã bổ sung biên bản')

  // The plan owner accepts it: done, after its due date of 30/11/2024.
  await switchTo(page, OWNER)
  await openAsOwner(page, planId)
  await page.getByRole('button', { name: 'Chấp nhận' }).click()
  const drawer = page.locator('.ant-drawer')
  await expect(drawer.getByTestId('assignment-status')).toContainText('Hoàn thành')
  await expect(drawer.getByTestId('assignment-status')).toContainText('Hoàn thành muộn')
  await expect(page.getByTestId('assignment-history')).toContainText(REASON)
})
