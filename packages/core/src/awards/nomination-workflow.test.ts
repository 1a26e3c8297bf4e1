import { describe, expect, it } from 'vitest'
import {
  availableNominationActions,
  compileNominationWorkflow,
  FINAL_NOMINATION_STATUSES,
  findNominationAction,
  NOMINATION_TRANSITIONS,
  transitionNominationStatus,
} from './nomination-workflow'

describe('nomination workflow', () => {
  it('is a sound table: every status reachable from draft, finals final', () => {
    expect(
      compileNominationWorkflow(NOMINATION_TRANSITIONS, 'draft', FINAL_NOMINATION_STATUSES),
    ).toEqual([])
  })

  it('reports what is wrong with a broken table', () => {
    const broken = {
      draft: { submit: 'sent' },
      orphan: { appraise: 'draft' },
      done: { submit: 'draft' },
    }
    const problems = compileNominationWorkflow(broken, 'draft', ['done'])
    expect(problems).toEqual([
      'draft --submit--> sent: không có trạng thái này',
      'done: trạng thái kết thúc không được có bước tiếp theo',
      'orphan: không thể đến từ draft',
      'done: không thể đến từ draft',
    ])
  })

  it('follows the route and returns with a reason at any step after submission', () => {
    expect(transitionNominationStatus('draft', 'submit').status).toBe('submitted')
    expect(transitionNominationStatus('submitted', 'appraise').status).toBe('appraised')
    expect(transitionNominationStatus('appraised', 'review').status).toBe('reviewed')
    expect(transitionNominationStatus('reviewed', 'decide').status).toBe('decided')
    for (const from of ['submitted', 'appraised', 'reviewed'] as const)
      expect(transitionNominationStatus(from, 'return', ' Thiếu biên bản ')).toEqual({
        status: 'returned',
        reason: 'Thiếu biên bản',
      })
    expect(transitionNominationStatus('returned', 'revise').status).toBe('draft')
  })

  it('refuses a step the table lacks, and a return without a reason', () => {
    expect(() => transitionNominationStatus('draft', 'decide')).toThrow(
      'Không thể "Quyết định khen thưởng" hồ sơ ở trạng thái "Đang soạn"',
    )
    expect(() => transitionNominationStatus('submitted', 'reject', '  ')).toThrow('Cần ghi lý do')
  })

  it('names actions for targets and for permissions', () => {
    expect(findNominationAction('reviewed', 'decided')).toBe('decide')
    expect(findNominationAction('draft', 'decided')).toBeUndefined()
    expect(availableNominationActions('submitted', ['nominations:propose'])).toEqual(['withdraw'])
    expect(availableNominationActions('submitted', ['nominations:appraise'])).toEqual([
      'appraise',
      'return',
      'reject',
    ])
    expect(availableNominationActions('appraised', ['council:manage'])).toEqual([
      'review',
      'return',
      'reject',
    ])
    expect(availableNominationActions('reviewed', ['decisions:sign'])).toEqual([
      'decide',
      'return',
      'reject',
    ])
    expect(availableNominationActions('reviewed', ['council:manage'])).toEqual([])
  })
})
