import { describe, expect, it } from 'vitest'
import { digestEmail, nudgeMessage, reminderMessage, zaloShareText } from './notification-text'

describe('notification text', () => {
  it('says the duty, the deadline in dd/mm/yyyy and days left or late', () => {
    const duty = {
      kind: 'report_late',
      count: 1,
      planTitle: 'Kế hoạch 000',
      label: 'Quý IV',
      deadline: '2024-12-15',
      daysLeft: 1,
    }
    expect(reminderMessage(duty)).toBe(
      'Nhắc việc: 1 báo cáo chưa gửi – Quý IV, hạn 15/12/2024 (còn 1 ngày) (Kế hoạch 000).',
    )
    expect(reminderMessage({ ...duty, daysLeft: -3 })).toContain('quá hạn 3 ngày')
  })

  it('a nudge names the unit; the Zalo text is the message and the link', () => {
    const message = nudgeMessage({
      list: 'registration',
      unitName: 'Xã Đồng Yên',
      label: null,
      planTitle: 'Kế hoạch 000',
      closedOn: '2024-04-20',
      daysLate: 195,
    })
    expect(message).toContain('Xã Đồng Yên')
    expect(message).toContain('20/04/2024')
    expect(zaloShareText(message, 'http://x/ke-hoach/1/dang-ky')).toBe(
      `${message}\nhttp://x/ke-hoach/1/dang-ky`,
    )
  })

  it('one digest lists every reminder with its link', () => {
    const mail = digestEmail('2024-11-01', [{ message: 'A', url: 'http://x/a' }])
    expect(mail.subject).toBe('[ANTQ] Nhắc việc ngày 01/11/2024: 1 việc')
    expect(mail.body).toContain('1. A')
    expect(mail.body).toContain('http://x/a')
  })
})
