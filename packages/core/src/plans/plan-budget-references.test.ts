import { describe, expect, it } from 'vitest'
import { loadMinimalPlan } from '../../test/plan-fixture'
import { checkBudget } from './plan-budget-references'
import type { Plan } from './plan-schema'

const withLine = (line: Partial<Plan['budget'][number]>): Plan => {
  const plan = loadMinimalPlan()
  const [first] = plan.budget
  if (!first) throw new Error('fixture has a budget line')
  return { ...plan, budget: [{ ...first, ...line }] }
}

describe('budget line references', () => {
  it('accept the fixture: a level estimates, a body approves', () => {
    expect(checkBudget(loadMinimalPlan())).toEqual([])
  })
  it('refuse unknown bodies, a line without estimator and a one-off line without year', () => {
    expect(checkBudget(withLine({ estimateBy: ['khong-co'], approvedBy: 'cung-khong' }))).toEqual([
      {
        path: ['budget', 0, 'estimateBy', 0],
        message: "Cơ quan 'khong-co' không tồn tại trong kế hoạch",
      },
      {
        path: ['budget', 0, 'approvedBy'],
        message: "Cơ quan 'cung-khong' không tồn tại trong kế hoạch",
      },
    ])
    expect(checkBudget(withLine({ estimateBy: [], estimateLevels: [] }))[0]?.message).toBe(
      'Dòng kinh phí cần đơn vị lập dự toán: một cơ quan hoặc một cấp',
    )
    expect(checkBudget(withLine({ cadence: 'once', year: null }))[0]?.path).toEqual([
      'budget',
      0,
      'year',
    ])
  })
})
