import { describe, expect, it } from 'vitest'
import { buildModelFacts, compareModelFigures, typedFiguresOf } from './model-facts'
import { isPlanAtStart, ratingOfShare } from './model-register'
import { checkReview, modelProblems } from './model-rules'

describe('the model register rules', () => {
  it('rates by the share of the plan’s targets done (thresholds as data)', () => {
    expect([1, 0.9, 0.89, 0.7, 0.5, 0.49].map(ratingOfShare)).toEqual([
      ...['tot', 'tot', 'kha', 'kha', 'trung_binh', 'yeu'],
    ])
  })

  it('a plan is "đầu năm" when adopted by the end of the first quarter', () => {
    expect(isPlanAtStart(2024, '2024-01-15')).toBe(true)
    expect(isPlanAtStart(2024, '2023-12-20')).toBe(true)
    expect(isPlanAtStart(2024, '2024-04-01')).toBe(false)
  })

  it('refuses a review without a plan, or with more targets done than planned', () => {
    const base = { year: 2024, period: 'q1', reviewedOn: '2024-03-31' }
    const model = { startedOn: '2023-01-01', endedOn: null }
    expect(checkReview({ ...base, targetsDone: 3, plan: null, model }).problems).toHaveLength(1)
    const over = checkReview({ ...base, targetsDone: 11, plan: { targetCount: 10 }, model })
    expect(over.problems[0]?.path).toBe('targetsDone')
    expect(checkReview({ ...base, targetsDone: 9, plan: { targetCount: 10 }, model }).rating).toBe(
      'tot',
    )
  })

  it('a site is never the host, nor twice the same area', () => {
    const problems = modelProblems(
      {
        hostUnitId: 1,
        startedOn: '2024-01-01',
        sites: [{ unitId: 1 }, { unitId: 2 }, { unitId: 2 }],
      },
      '2024-06-01',
    )
    expect(problems.map((problem) => problem.path)).toEqual(['sites.0', 'sites.2'])
  })

  it('model facts read the latest review and the plan', () => {
    const facts = buildModelFacts(2024, {
      name: 'Tự quản',
      plan: { adoptedOn: '2024-01-10', targetCount: 10 },
      reviews: [
        { period: 'year', targetsDone: 9, targetsTotal: 10, rating: 'tot' },
        { period: 'q1', targetsDone: 4, targetsTotal: 10, rating: 'yeu' },
      ],
    })
    expect(facts.values).toEqual({
      'model.plan_at_start': true,
      'model.targets_completed_share': 0.9,
      'model.rating': 'tot',
    })
  })

  it('flags a typed figure that disagrees with the register; keeps typed fields on the form', () => {
    expect(
      compareModelFigures(
        ['models.effective', 'unit.staff'],
        { 'models.effective': 2 },
        { effective: 1 },
      ),
    ).toEqual({ 'models.effective': { recorded: 1, differs: true } })
    expect(typedFiguresOf('model_register.count')).toEqual(['models.count'])
  })
})
