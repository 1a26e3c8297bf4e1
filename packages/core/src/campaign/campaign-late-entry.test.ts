import { describe, expect, it } from 'vitest'
import { findLateEntryRefusal } from './campaign-late-entry'
import { availableReportActions, transitionReport } from './campaign-report-workflow'

// Quarter I of 2024 (NĐ 09/2019) is due 14/03/2024.
const closed = { date: '2024-03-20', deadline: '2024-03-14' }

describe('late entry (nhập muộn)', () => {
  it('is allowed once the period is closed for the unit, with a reason', () => {
    expect(findLateEntryRefusal({ ...closed, reason: 'Kế hoạch nạp giữa kỳ' })).toBeUndefined()
    expect(findLateEntryRefusal({ ...closed, reason: '  ' })).toMatchObject({
      code: 'VALIDATION',
      path: 'reason',
    })
  })

  it('is refused while the unit may still report, its extension counted', () => {
    expect(
      findLateEntryRefusal({ date: '2024-03-10', deadline: '2024-03-14', reason: 'x' })?.code,
    ).toBe('INVALID_TRANSITION')
    const extended = {
      ...closed,
      unitId: 7,
      extensions: [{ unitIds: [7], until: '2024-03-31', reason: 'Mưa lũ' }],
      reason: 'x',
    }
    expect(findLateEntryRefusal(extended)?.code).toBe('INVALID_TRANSITION')
  })

  it('is never a workflow step', () => {
    expect(transitionReport('accepted', 'late_entry', { ...closed, reason: 'x' }).ok).toBe(false)
    expect(availableReportActions('draft', 'reviewer', closed)).not.toContain('late_entry')
  })
})
