import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/app-error'
import { checkPlanInspections, type PlanInspection } from '../plans/plan-inspections'
import {
  assertActionDue,
  assertInspectionPeriod,
  assertOneLead,
  assertVisitInPeriod,
  nextInspectionStatus,
} from './inspection-rules'

function codeOf(run: () => void): string | null {
  try {
    run()
    return null
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : 'other'
  }
}

describe('inspection rules', () => {
  it('moves planned → in progress → done and back by the table only', () => {
    expect(nextInspectionStatus('planned', 'start')).toBe('in_progress')
    expect(nextInspectionStatus('in_progress', 'finish')).toBe('done')
    expect(nextInspectionStatus('done', 'reopen')).toBe('in_progress')
    expect(codeOf(() => nextInspectionStatus('planned', 'finish'))).toBe(
      'INVALID_TRANSITION: Cuộc kiểm tra đang ở trạng thái "Chưa tiến hành", không thực hiện được thao tác này',
    )
  })

  it('refuses a period that runs backwards or leaves its year', () => {
    expect(
      codeOf(() => assertInspectionPeriod({ year: 2024, from: '2024-07-01', to: '2024-07-31' })),
    ).toBeNull()
    expect(
      codeOf(() => assertInspectionPeriod({ year: 2024, from: '2024-07-31', to: '2024-07-01' })),
    ).toBe('VALIDATION: Ngày kết thúc kiểm tra trước ngày bắt đầu')
    expect(
      codeOf(() => assertInspectionPeriod({ year: 2023, from: '2024-07-01', to: '2024-07-02' })),
    ).toBe('VALIDATION: Ngày bắt đầu kiểm tra không thuộc năm 2023')
  })

  it('keeps visits in the period, actions after its start, one team lead', () => {
    const period = { from: '2024-07-01', to: '2024-07-31' }
    expect(codeOf(() => assertVisitInPeriod('2024-07-15', period))).toBeNull()
    expect(codeOf(() => assertVisitInPeriod('2024-08-01', period))).toMatch(/ngoài thời gian/)
    expect(codeOf(() => assertActionDue('2024-06-30', period))).toMatch(/trước ngày bắt đầu/)
    expect(codeOf(() => assertOneLead([{ role: 'member' }]))).toMatch(/đúng một Trưởng đoàn/)
    expect(codeOf(() => assertOneLead([{ role: 'lead' }, { role: 'member' }]))).toBeNull()
  })
})

describe('checkPlanInspections', () => {
  const base: PlanInspection = {
    source: 'IV.4',
    text: 'kiểm tra',
    id: 'k',
    label: 'Kiểm tra',
    lead: 'cong-an',
    leadLevels: [],
    partners: ['so-noi-vu'],
    inspects: ['district'],
    places: [],
    schedule: 'once',
    from: '2024-07-01',
    due: '2024-07-31',
  }

  it('names unknown bodies, a missing lead, a reversed window and duplicate ids', () => {
    const issues = checkPlanInspections({
      bodies: [{ id: 'cong-an' }],
      inspections: [base, { ...base, lead: null, due: '2024-06-01', partners: [] }],
    })
    expect(issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['inspections.0.partners.0', "Cơ quan 'so-noi-vu' không tồn tại trong kế hoạch"],
      ['inspections.1.id', "Mã 'k' bị trùng với phần tử thứ 1"],
      ['inspections.1.lead', 'Cuộc kiểm tra cần đơn vị chủ trì: một cơ quan hoặc một cấp'],
      ['inspections.1.due', 'Hạn kết thúc kiểm tra trước ngày bắt đầu'],
    ])
  })
})
