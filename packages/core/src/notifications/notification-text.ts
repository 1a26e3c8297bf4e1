// What a notification says (ADR 029): one short Vietnamese sentence per duty and the page that
// does it. The to-do home's kind names live here so the web's list and a reminder say the same.
import { formatDateVi } from '../text/dates'

const n = (count: number) => new Intl.NumberFormat('vi-VN').format(count)

export const TODO_KIND_TEXT: Record<string, (count: number) => string> = {
  registration_late: (count) => `${n(count)} đơn vị chưa đăng ký thi đua`,
  registration_open: (count) => `${n(count)} đơn vị chưa đăng ký thi đua`,
  report_late: (count) => `${n(count)} báo cáo chưa gửi`,
  report_returned: () => 'Báo cáo bị trả lại, cần sửa và gửi lại',
  upward_report_late: () => 'Báo cáo chưa gửi',
  upward_report_due: () => 'Báo cáo sắp đến hạn',
  event_late: (count) => `${n(count)} đơn vị chưa tổ chức Ngày hội`,
  unit_plan_due: () => 'Chưa gửi kế hoạch',
  unit_plan_returned: () => 'Kế hoạch bị trả lại, cần gửi lại',
  assignment_due: () => 'Nhiệm vụ chưa hoàn thành',
  assignment_returned: () => 'Nhiệm vụ bị trả lại, cần làm lại',
  model_review_missing: (count) => `${n(count)} mô hình chưa có đánh giá kỳ`,
  nomination_draft: (count) => `${n(count)} hồ sơ đang soạn, cần bổ sung và gửi`,
  nomination_returned: (count) => `${n(count)} hồ sơ bị trả lại`,
  report_submitted: (count) => `${n(count)} báo cáo chờ tiếp nhận`,
  nomination_submitted: (count) => `${n(count)} hồ sơ chờ thẩm định`,
  assignment_overdue: (count) => `${n(count)} nhiệm vụ quá hạn`,
  assignment_submitted: (count) => `${n(count)} nhiệm vụ chờ duyệt kết quả`,
  target_missed: () => 'Không đạt',
  target_at_risk: () => 'Chậm tiến độ',
  meeting_open: () => 'Phiên họp chưa kết thúc',
  nomination_appraised: (count) => `${n(count)} hồ sơ đã thẩm định, chờ Hội đồng xét`,
  nomination_reviewed: (count) => `${n(count)} hồ sơ Hội đồng đã xét, chờ quyết định`,
}

/** A duty as the to-do home gives it (the fields a reminder needs). */
export type DutyText = {
  kind: string
  count: number
  planTitle: string | null
  label: string | null
  deadline: string
  daysLeft: number
}

export function whenText(deadline: string, daysLeft: number): string {
  const date = formatDateVi(deadline)
  if (daysLeft > 0) return `hạn ${date} (còn ${n(daysLeft)} ngày)`
  if (daysLeft === 0) return `hạn hôm nay ${date}`
  return `hạn ${date} (quá hạn ${n(-daysLeft)} ngày)`
}

function dutyName(duty: DutyText): string {
  const name = TODO_KIND_TEXT[duty.kind]?.(duty.count) ?? 'Việc cần làm'
  return duty.label ? `${name} – ${duty.label}` : name
}

const inPlan = (title: string | null) => (title ? ` (${title})` : '')

/** The holder's reminder: "Nhắc việc: 1 báo cáo chưa gửi – Quý IV, hạn 15/12/2024 (còn 1 ngày)". */
export function reminderMessage(duty: DutyText): string {
  return `Nhắc việc: ${dutyName(duty)}, ${whenText(duty.deadline, duty.daysLeft)}${inPlan(duty.planTitle)}.`
}

/** The managing unit's notice that a unit it manages is late. */
export function escalationMessage(unitName: string, duty: DutyText): string {
  return `Báo cấp quản lý: ${unitName} chậm – ${dutyName(duty)}, ${whenText(duty.deadline, duty.daysLeft)}${inPlan(duty.planTitle)}.`
}

export const NUDGE_LISTS = ['registration', 'report', 'upward', 'events'] as const
export type NudgeList = (typeof NUDGE_LISTS)[number]

const NUDGE_DUTY: Record<NudgeList, string> = {
  registration: 'chưa đăng ký thi đua',
  report: 'chưa gửi báo cáo',
  upward: 'chưa gửi báo cáo lên cấp trên',
  events: 'chưa tổ chức Ngày hội toàn dân bảo vệ ANTQ',
}

/** "Nhắc" from a late list: sent now, by the person who pressed it. */
export function nudgeMessage(input: {
  list: NudgeList
  unitName: string
  label: string | null
  planTitle: string
  closedOn: string | null
  daysLate: number
  /** The list's own words for what is missing (an event list names the event not held). */
  duty?: string | null
}): string {
  const duty = input.duty
    ? `${input.duty.charAt(0).toLocaleLowerCase('vi')}${input.duty.slice(1)}`
    : NUDGE_DUTY[input.list]
  const what = input.label ? `${duty} ${input.label}` : duty
  const when = input.closedOn ? `, ${whenText(input.closedOn, -input.daysLate)}` : ''
  return `Đề nghị ${input.unitName} khẩn trương thực hiện: ${what}${when}${inPlan(input.planTitle)}.`
}

/** "Đôn đốc" on an assignment: the task, its due date and the plan owner's words. */
export function chaseMessage(input: {
  task: string
  ownerName: string
  due: string
  daysLeft: number
  note: string | null
}): string {
  const task = input.task.length > 160 ? `${input.task.slice(0, 157)}…` : input.task
  const note = input.note ? ` Nội dung: ${input.note}` : ''
  return `Đôn đốc ${input.ownerName} thực hiện nhiệm vụ "${task}", ${whenText(input.due, input.daysLeft)}.${note}`
}

/** The text pasted into a Zalo group: the message and the link that opens the exact page. */
export function zaloShareText(message: string, url: string): string {
  return `${message}\n${url}`
}

/** One digest e-mail a day per person: its subject and plain-text body. */
export function digestEmail(date: string, lines: { message: string; url: string }[]) {
  const subject = `[ANTQ] Nhắc việc ngày ${formatDateVi(date)}: ${n(lines.length)} việc`
  const body = [
    `Tổng hợp nhắc việc ngày ${formatDateVi(date)}:`,
    '',
    ...lines.flatMap((line, index) => [`${index + 1}. ${line.message}`, `   Mở: ${line.url}`, '']),
    'Thư gửi tự động từ hệ thống ANTQ. Đổi cách nhận thông báo tại mục "Thông báo" của tài khoản.',
  ].join('\n')
  return { subject, body }
}

/** A notification sent at once ("Nhắc"): its own e-mail, not waiting for the digest. */
export function instantEmail(message: string, url: string) {
  return {
    subject: `[ANTQ] ${message.length > 90 ? `${message.slice(0, 87)}…` : message}`,
    body: `${message}\n\nMở trang: ${url}\n\nThư gửi tự động từ hệ thống ANTQ.`,
  }
}
