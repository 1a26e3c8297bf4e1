import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan } from '../../test/plan-fixture'
import { diffPlans } from './plan-diff'

describe('diffPlans', () => {
  const plan = loadMinimalPlan()

  it('finds nothing between equal plans', () => {
    expect(diffPlans(plan, structuredClone(plan))).toEqual([])
  })

  it('names changed elements by id, not position', () => {
    const next = changePlan(plan, (copy) => {
      const target = copy.targets[0]
      if (target) target.threshold = '97%'
      copy.metadata.title = 'Kế hoạch mới'
      copy.subjects.unshift({
        ...structuredClone(copy.subjects[0]!),
        id: 'huyen',
        label: 'Huyện',
        unitKinds: ['district'],
      })
      copy.notEnforced = []
    })
    expect(diffPlans(plan, next)).toEqual([
      {
        path: 'metadata.title',
        kind: 'changed',
        before: 'Kế hoạch thử nghiệm',
        after: 'Kế hoạch mới',
      },
      { path: 'subjects[huyen]', kind: 'added', after: next.subjects[0] },
      { path: 'targets[antt].threshold', kind: 'changed', before: '95%', after: '97%' },
      { path: 'notEnforced[0]', kind: 'removed', before: plan.notEnforced[0] },
    ])
  })

  it('treats a list of values as one value, and reordering elements as no change', () => {
    const next = changePlan(plan, (copy) => {
      copy.awardForms[0]!.subjects = ['xa', 'huyen']
      copy.tasks = [...copy.tasks].reverse()
    })
    expect(diffPlans(plan, next)).toEqual([
      { path: 'awardForms[bk].subjects', kind: 'changed', before: ['xa'], after: ['xa', 'huyen'] },
    ])
  })

  it('reports removed elements', () => {
    const next = changePlan(plan, (copy) => {
      copy.deadlines = []
    })
    expect(diffPlans(plan, next)).toEqual([
      { path: 'deadlines[dang-ky]', kind: 'removed', before: plan.deadlines[0] },
    ])
  })
})
