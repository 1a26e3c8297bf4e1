import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { expect, test } from '@playwright/test'
import { findLegacyUnit, findPlan000 } from './fixtures/campaign'
import { signIn } from './fixtures/session'

// Notifications that reach people (issue 13 item 2, ADR 029): Xã Đồng Yên's clerk gives an
// e-mail address; Bắc Quang's police press "Nhắc" beside Xã Đồng Yên on the late list; the
// reminder arrives at a real SMTP server (this test's receiver, where the product's SMTP_HOST
// points), its link opens the exact page for the clerk, the bell counts it, and the Zalo text
// copied is the same message and link.
const PORT = Number(process.env.E2E_PORT ?? 3100)
const DONG_YEN = 'Xã Đồng Yên'
type Mail = { to: string[]; subject: string; text: string }
const received: Mail[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = session.envelope.rcptTo.map((each) => each.address)
        received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' })
        callback()
      })
      .catch((error: Error) => callback(error))
  },
})

test.setTimeout(120_000)
test.beforeAll(() => new Promise<void>((resolve) => smtp.listen(PORT + 1000, '127.0.0.1', resolve)))
test.afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

test('a reminder e-mail arrives, its link opens the page, and the Zalo text is copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const planId = await findPlan000(page.request)
  const dongYen = await findLegacyUnit(page.request, DONG_YEN, 'Huyện Bắc Quang')
  await context.clearCookies()

  // The clerk says where to be told, on the notifications page reached from the bell.
  await signIn(page, 'canbo.xadongyen')
  await page.getByRole('button', { name: /^Thông báo/ }).click()
  await page.getByRole('link', { name: 'Xem tất cả thông báo' }).click()
  await expect(page.getByText('Cách nhận thông báo')).toBeVisible()
  await page.getByLabel('Thư điện tử', { exact: true }).fill('dongyen@antq.test')
  await page.getByLabel('Số điện thoại').fill('0912 345 678')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('Đã lưu cách nhận thông báo')).toBeVisible()
  await context.clearCookies()

  // The district police chase Xã Đồng Yên from the late list of its own part of the plan.
  await signIn(page, 'congan.bacquang')
  const late = (await (
    await page.request.get(`/api/plans/${planId}/late-units?scopeUnitId=${dongYen}&year=2024`)
  ).json()) as Record<string, { total: number; items?: { unit: { id: number } }[] }>
  const tabs = [
    ['registration', 'Chưa đăng ký'],
    ['report', 'Báo cáo chậm'],
    ['events', 'Chưa tổ chức Ngày hội'],
  ] as const
  const tab = tabs.find(([key]) => late[key]?.items?.some((row) => row.unit.id === dongYen))
  expect(tab, 'Xã Đồng Yên is on a late list of plan 000').toBeDefined()
  await page.goto(`/ke-hoach/${planId}/tien-do?donVi=${dongYen}&nam=2024`)
  await page.getByRole('tab', { name: new RegExp(`^${tab?.[1]}`) }).click()
  // (The events list may name the unit twice: the Ngày hội and the forum.)
  await page
    .getByRole('button', { name: `Nhắc việc ${DONG_YEN}`, exact: true })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: `Đã nhắc ${DONG_YEN}` })
  await expect(dialog.getByText(/Đã gửi thông báo cho \d+ tài khoản, 1 thư điện tử/)).toBeVisible()
  await expect(dialog.getByRole('img', { name: 'Mã QR mở trang' })).toBeVisible()
  const shared = await dialog.getByRole('textbox').inputValue()
  expect(shared).toMatch(
    new RegExp(`^Đề nghị ${DONG_YEN} khẩn trương thực hiện: .+\\nhttp://127\\.0\\.0\\.1:${PORT}/`),
  )
  await dialog.getByRole('button', { name: 'Sao chép để gửi Zalo' }).click()
  await expect(page.getByText('Đã sao chép nội dung')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared)

  // The e-mail reached the SMTP server, in Vietnamese, with the link that opens the page.
  await expect
    .poll(() => received.filter((mail) => mail.to.includes('dongyen@antq.test')).length)
    .toBe(1)
  const mail = received.find((each) => each.to.includes('dongyen@antq.test'))
  expect(mail?.subject).toContain(`Đề nghị ${DONG_YEN} khẩn trương thực hiện`)
  const link = /Mở trang: (\S+)/.exec(mail?.text ?? '')?.[1] ?? ''
  expect(shared.endsWith(link)).toBe(true)
  await page
    .getByRole('button', { name: 'Close' })
    .or(page.getByRole('button', { name: 'Đóng' }))
    .first()
    .click()
  await context.clearCookies()

  // The clerk: the bell counts it; the e-mail's link opens the very page.
  await signIn(page, 'canbo.xadongyen')
  await expect(page.getByRole('button', { name: /^Thông báo: \d+ chưa đọc/ })).toBeVisible()
  await page.goto(link)
  const url = new URL(link)
  await expect(page).toHaveURL((at) => at.pathname === url.pathname && at.search === url.search)
  await expect(page.getByRole('heading').first()).toBeVisible()
  await page.getByRole('button', { name: /^Thông báo/ }).click()
  await expect(page.getByText(`Đề nghị ${DONG_YEN} khẩn trương thực hiện`).first()).toBeVisible()
})
