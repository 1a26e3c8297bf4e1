import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan, MINIMAL_PLAN_YAML } from '../../test/plan-fixture'
import { checkChildPlan, isAtLeastAsStrict, resolveChildTargets } from './plan-cascade'
import type { Plan } from './plan-schema'
import { locatePlanIssues } from './plan-yaml'

const parent = loadMinimalPlan()

/** A commune plan making the fixture concrete, restating its ANTT target as given. */
function childPlan(change: (target: Plan['targets'][number], plan: Plan) => void = () => {}): Plan {
  return changePlan(parent, (copy) => {
    copy.id = 'child-plan'
    copy.metadata.parentPlan = {
      source: 'mở đầu',
      text: 'Thực hiện Kế hoạch số 12/KH-BCĐ',
      ref: '12/KH-BCĐ',
      date: '2024-04-08',
      issuer: 'Ban Chỉ đạo',
      planId: null,
    }
    const target = copy.targets[0]
    if (!target) throw new Error('fixture')
    target.id = 'antt-xa'
    target.source = 'II.1'
    target.parentTarget = 'antt'
    change(target, copy)
  })
}

const messages = (child: Plan) => checkChildPlan(parent, child).map((issue) => issue.message)

describe('checkChildPlan', () => {
  it('accepts a child that keeps or tightens every target', () => {
    expect(checkChildPlan(parent, childPlan())).toEqual([])
    expect(
      checkChildPlan(
        parent,
        childPlan((t) => (t.threshold = '97%')),
      ),
    ).toEqual([])
    expect(
      checkChildPlan(
        parent,
        childPlan((t) => (t.comparator = '>')),
      ),
    ).toEqual([])
    expect(
      checkChildPlan(
        parent,
        childPlan((t) => (t.scope.unitKinds = ['commune', 'residential_area'])),
      ),
    ).toEqual([])
    expect(
      checkChildPlan(
        parent,
        childPlan((t) => (t.due = '2024-10-31')),
      ),
    ).toEqual([])
  })

  it.each<
    [string, (target: Plan['targets'][number], plan: Plan) => void, string, (string | number)[]]
  >([
    [
      'a lower threshold',
      (t) => (t.threshold = '90%'),
      'cấp trên yêu cầu >= 95% trước 31/12/2024',
      ['targets', 0, 'threshold'],
    ],
    [
      'a later milestone',
      (t) =>
        (t.milestones = [
          { comparator: '>=', threshold: '50%', upper: null, due: '2024-06-30', phase: null },
        ]),
      'cấp trên yêu cầu >= 50% trước 31/03/2024',
      ['targets', 0, 'threshold'],
    ],
    [
      'a dropped milestone',
      (t) => (t.milestones = []),
      'cấp trên yêu cầu >= 50% trước 31/03/2024',
      ['targets', 0, 'threshold'],
    ],
    [
      'an opposite comparator',
      (t) => (t.comparator = '<='),
      'cấp trên yêu cầu >= 95% trước 31/12/2024',
      ['targets', 0, 'threshold'],
    ],
    [
      'a dropped unit kind',
      (t) => (t.scope.unitKinds = ['residential_area']),
      'bỏ bớt loại đơn vị commune',
      ['targets', 0, 'scope', 'unitKinds'],
    ],
    [
      'a narrower scope',
      (t) => (t.scope.where = 'unit.subtype = "xa"'),
      'thu hẹp phạm vi đơn vị (khu vực hoặc điều kiện lọc)',
      ['targets', 0, 'scope'],
    ],
    [
      'another measure',
      (t) => (t.measure = { type: 'unit_share', condition: 'antt.registered' }),
      'cách đo khác với cấp trên',
      ['targets', 0, 'measure'],
    ],
  ])('names the loosening clause for %s', (_name, change, detail, path) => {
    const issues = checkChildPlan(parent, childPlan(change))
    expect(issues).toContainEqual({
      path,
      message: `Chỉ tiêu II.1 nới lỏng chỉ tiêu IV.2 của kế hoạch cấp trên: ${detail}`,
    })
  })

  it('sees through formatting when comparing measures', () => {
    expect(
      messages(
        childPlan((t) => (t.measure = { type: 'unit_share', condition: '(antt.recognized)' })),
      ),
    ).toEqual([])
  })

  it('requires the child to name the parent plan and existing parent targets', () => {
    const orphan = childPlan((_t, plan) => (plan.metadata.parentPlan = null))
    expect(messages(orphan)).toEqual(['Kế hoạch không ghi kế hoạch cấp trên 12/KH-BCĐ'])
    const byId = childPlan(
      (_t, plan) =>
        plan.metadata.parentPlan &&
        (plan.metadata.parentPlan = {
          ...plan.metadata.parentPlan,
          ref: 'khác',
          planId: 'test-plan',
        }),
    )
    expect(messages(byId)).toEqual([])
    expect(messages(childPlan((t) => (t.parentTarget = 'khong-co')))).toEqual([
      "Kế hoạch cấp trên không có chỉ tiêu 'khong-co'",
    ])
  })

  it('inherits the parent targets the child does not restate', () => {
    const child = childPlan((t) => (t.parentTarget = null))
    expect(resolveChildTargets(parent, child).map((target) => target.id)).toEqual([
      'antt-xa',
      'antt',
    ])
    expect(resolveChildTargets(parent, childPlan()).map((target) => target.id)).toEqual(['antt-xa'])
  })
})

describe('isAtLeastAsStrict', () => {
  it.each([
    ['>=', '95%', '>=', '95%', true],
    ['>', '95%', '>=', '95%', true],
    ['>=', '95%', '>', '95%', false],
    ['>=', '96%', '>', '95%', true],
    ['=', '100%', '>=', '95%', true],
    ['<', '10%', '<=', '15%', true],
    ['<=', '15%', '<', '15%', false],
    ['=', 0, '=', 0, true],
    ['<=', 0, '=', 0, false],
    ['>=', 2, '<=', 3, false],
  ] as const)(
    '%s %s satisfies %s %s: %s',
    (comparator, threshold, requiredComparator, requiredThreshold, expected) => {
      expect(
        isAtLeastAsStrict(
          { comparator, threshold },
          { comparator: requiredComparator, threshold: requiredThreshold },
        ),
      ).toBe(expected)
    },
  )
})

describe('a child plan file that loosens its parent', () => {
  it('points at the loosening line of the child file', () => {
    const childYaml = MINIMAL_PLAN_YAML.replace('id: test-plan', 'id: child-plan')
      .replace(
        '  place: Bắc Quang\n',
        "  place: Bắc Quang\n  parentPlan: { source: mở đầu, text: Thực hiện KH 12, ref: 12/KH-BCĐ, date: '2024-04-08', issuer: BCĐ huyện }\n",
      )
      .replace(
        'id: antt\n    source: IV.2',
        'id: antt-xa\n    source: II.1\n    parentTarget: antt',
      )
      .replace('threshold: 95%', 'threshold: 90%')
    const child = loadMinimalPlan(childYaml)
    const located = locatePlanIssues(childYaml, checkChildPlan(parent, child))
    const line = childYaml.split('\n').findIndex((text) => text.includes('threshold: 90%')) + 1
    expect(located).toEqual([
      {
        line,
        column: 16,
        path: 'targets[0].threshold',
        message:
          'Chỉ tiêu II.1 nới lỏng chỉ tiêu IV.2 của kế hoạch cấp trên: cấp trên yêu cầu >= 95% trước 31/12/2024',
      },
    ])
  })
})
