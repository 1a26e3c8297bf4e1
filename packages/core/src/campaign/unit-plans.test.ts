import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/app-error'
import {
  checkUnitPlanDeadline,
  checkUnitPlanUpload,
  isUnitPlanLate,
  transitionUnitPlan,
  unitPlanYear,
} from './unit-plans'

const due = { date: '2020-09-05', annual: null }

describe('unit plan workflow', () => {
  it('submits, accepts, returns, and keeps an accepted plan final', () => {
    expect(transitionUnitPlan(null, 'submit')).toBe('submitted')
    expect(transitionUnitPlan('returned', 'submit')).toBe('submitted')
    expect(transitionUnitPlan('submitted', 'accept')).toBe('accepted')
    expect(transitionUnitPlan('submitted', 'return')).toBe('returned')
    expect(() => transitionUnitPlan('accepted', 'submit')).toThrow(
      'Không thể gửi kế hoạch: kế hoạch đã được tiếp nhận',
    )
    expect(() => transitionUnitPlan(null, 'accept')).toThrow('đơn vị chưa gửi kế hoạch')
  })
})

describe('unit plan deadline', () => {
  it('closes after the day itself, opens again under the unit’s extension only', () => {
    expect(checkUnitPlanDeadline(due, { year: 2020, date: '2020-09-05', unitId: 7 }).open).toBe(
      true,
    )
    const late = checkUnitPlanDeadline(due, { year: 2020, date: '2020-09-06', unitId: 7 })
    expect(late).toMatchObject({
      open: false,
      reason: 'Đã hết hạn gửi kế hoạch thực hiện ngày 05/09/2020',
    })
    const extensions = [{ unitIds: [7], until: '2020-09-20', reason: 'Mưa lũ' }]
    expect(
      checkUnitPlanDeadline(due, { year: 2020, date: '2020-09-06', unitId: 7, extensions }).open,
    ).toBe(true)
    expect(
      checkUnitPlanDeadline(due, { year: 2020, date: '2020-09-06', unitId: 8, extensions }).open,
    ).toBe(false)
  })

  it('never refuses a deadline without a date ("cụ thể hóa")', () => {
    const none = { date: null, annual: null }
    expect(checkUnitPlanDeadline(none, { year: 2024, date: '2030-01-01', unitId: 1 }).open).toBe(
      true,
    )
    expect(isUnitPlanLate(null, '2030-01-01')).toBe(false)
    expect(isUnitPlanLate('2020-09-05', '2020-09-06')).toBe(true)
    expect(unitPlanYear(none, 2024)).toBe(2024)
    expect(unitPlanYear(due, 2021)).toBe(2020)
  })
})

describe('unit plan files', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4 kế hoạch')
  const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
  it('takes PDF and DOC by content, refuses an image or a mismatched name', () => {
    expect(checkUnitPlanUpload('ke-hoach.pdf', pdf).mime).toBe('application/pdf')
    expect(checkUnitPlanUpload('KE-HOACH.DOC', doc).mime).toBe('application/msword')
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(() => checkUnitPlanUpload('anh.png', png)).toThrow('không phải PDF, DOCX hoặc DOC')
    expect(() => checkUnitPlanUpload('ke-hoach.docx', pdf)).toThrow('không khớp nội dung')
    expect(() => checkUnitPlanUpload('rong.pdf', new Uint8Array())).toThrow(AppError)
  })
})
