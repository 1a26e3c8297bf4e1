import { describe, expect, it } from 'vitest'
import { describeAuditAction, describeAuditActor } from './audit-labels'

describe('audit actions in Vietnamese', () => {
  it('composes the entity and the verb, the longest entity first', () => {
    expect(describeAuditAction('plan.publish')).toBe('Ban hành kế hoạch')
    expect(describeAuditAction('decision.create')).toBe('Tạo quyết định khen thưởng')
    expect(describeAuditAction('council.meeting.close')).toBe('Kết thúc phiên họp Hội đồng')
    expect(describeAuditAction('unit_plan.extend')).toBe('Gia hạn kế hoạch của đơn vị')
    expect(describeAuditAction('events.correct')).toBe('Sửa ngày hội, diễn đàn')
  })
  it('uses whole labels where words differ and never shows a code', () => {
    expect(describeAuditAction('auth.login_failed')).toBe('Đăng nhập sai mật khẩu')
    expect(describeAuditAction('plan.something_new')).toBe('Thay đổi kế hoạch')
    expect(describeAuditAction('x.y')).toBe('Thay đổi dữ liệu')
  })
  it('names the person by full name, the system as "Hệ thống"', () => {
    expect(
      describeAuditActor({ actorName: 'canbo.x', fullName: 'Lò Thị Mai', system: false }),
    ).toBe('Lò Thị Mai')
    expect(describeAuditActor({ actorName: 'he-thong', fullName: null, system: true })).toBe(
      'Hệ thống',
    )
  })
})
