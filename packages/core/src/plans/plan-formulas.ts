// Every formula in a plan is parsed and type-checked against the plan's field schema, every
// threshold must suit its measure (a share is a percent, a count is a whole number), and a
// scope managed by the judged level must name that level (`per`).
import { checkExpression, type CheckOptions } from '../rules/checker'
import type { FieldSchema } from '../rules/field-schema'
import { parseExpression } from '../rules/parser'
import { buildPlanFieldSchema } from './plan-fields'
import type { PathSegment, PlanIssue } from './plan-issues'
import { isRatioThreshold, thresholdValue, type Threshold } from './plan-primitives'
import type { Plan } from './plan-schema'
import type { Measure, Target } from './plan-targets'

type FormulaSite = {
  path: PathSegment[]
  source: string
  expect: 'number' | 'boolean'
  perUnit: boolean
}

const SHARE_MEASURES: readonly Measure['type'][] = [
  'unit_share',
  'population_share',
  'ratio',
  'change_vs_baseline',
]

function measureSites(measure: Measure, path: PathSegment[]): FormulaSite[] {
  const site = (key: string, source: string, expect: 'number' | 'boolean'): FormulaSite => ({
    path: [...path, key],
    source,
    expect,
    perUnit: true,
  })
  switch (measure.type) {
    case 'unit_share':
    case 'count':
      return [site('condition', measure.condition, 'boolean')]
    case 'population_share':
      return [site('reached', measure.reached, 'number'), site('total', measure.total, 'number')]
    case 'ratio':
      return [
        site('numerator', measure.numerator, 'number'),
        site('denominator', measure.denominator, 'number'),
      ]
    case 'change_vs_baseline':
    case 'reported_value':
      return [site('value', measure.value, 'number')]
  }
}

function formulaSites(plan: Plan): FormulaSite[] {
  const sites: FormulaSite[] = []
  plan.targets.forEach((target, i) => {
    sites.push(...measureSites(target.measure, ['targets', i, 'measure']))
    if (target.scope.where !== null)
      sites.push({
        path: ['targets', i, 'scope', 'where'],
        source: target.scope.where,
        expect: 'boolean',
        perUnit: true,
      })
  })
  plan.awardCriteria.forEach((criteria, i) =>
    criteria.computed.forEach((condition, j) =>
      sites.push({
        path: ['awardCriteria', i, 'computed', j, 'formula'],
        source: condition.formula,
        expect: 'boolean',
        perUnit: false,
      }),
    ),
  )
  plan.awardGates.forEach((gate, i) =>
    sites.push({
      path: ['awardGates', i, 'condition'],
      source: gate.condition,
      expect: 'boolean',
      perUnit: false,
    }),
  )
  return sites
}

export function checkPlanFormulas(plan: Plan): PlanIssue[] {
  const schema = buildPlanFieldSchema(plan)
  // A measure's formulas are written for one unit: no aggregates inside them.
  const perUnitSchema: FieldSchema = { fields: schema.collections['units'] ?? {}, collections: {} }
  const issues: PlanIssue[] = []
  for (const site of formulaSites(plan)) {
    const parsed = parseExpression(site.source)
    if (!parsed.ok) {
      issues.push({
        path: site.path,
        message: `Lỗi cú pháp công thức: ${parsed.error.message}`,
        span: parsed.error,
      })
      continue
    }
    const options: CheckOptions = { expect: site.expect }
    const checked = checkExpression(parsed.ast, site.perUnit ? perUnitSchema : schema, options)
    for (const error of checked.errors)
      issues.push({
        path: site.path,
        message: `Lỗi kiểu trong công thức: ${error.message}`,
        span: error,
      })
  }
  plan.targets.forEach((target, i) => {
    issues.push(...checkThresholds(target, ['targets', i]), ...checkScope(target, ['targets', i]))
  })
  return issues
}

// `managedBy: level` means "managed by the level the target is judged at": without `per` there
// is no such level (the issuer's own units are `issuer`).
function checkScope(target: Target, path: PathSegment[]): PlanIssue[] {
  if (target.scope.managedBy !== 'level' || target.scope.per !== null) return []
  return [
    {
      path: [...path, 'scope', 'managedBy'],
      message: `Chỉ tiêu '${target.id}' chỉ tính đơn vị do cấp được đánh giá quản lý (managedBy: level) nên phải ghi cấp đó ở "per", ví dụ per: district`,
    },
  ]
}

function checkThresholds(target: Target, path: PathSegment[]): PlanIssue[] {
  const isShare = SHARE_MEASURES.includes(target.measure.type)
  const check = (threshold: Threshold | null, at: PathSegment[]): PlanIssue[] => {
    if (threshold === null) return []
    if (isShare && !isRatioThreshold(threshold))
      return [
        {
          path: at,
          message:
            'Chỉ tiêu tỷ lệ phải ghi ngưỡng dạng phần trăm hoặc phân số, ví dụ "90%" hay "2/3"',
        },
      ]
    if (isShare && target.measure.type !== 'change_vs_baseline' && thresholdValue(threshold) > 1)
      return [{ path: at, message: 'Tỷ lệ không được vượt quá 100%' }]
    if (!isShare && isRatioThreshold(threshold))
      return [{ path: at, message: 'Chỉ tiêu đếm số lượng phải ghi ngưỡng là một số, ví dụ 16' }]
    if (target.measure.type === 'count' && !Number.isInteger(threshold))
      return [{ path: at, message: 'Số lượng đơn vị phải là số nguyên' }]
    return []
  }
  const issues = [
    ...check(target.threshold, [...path, 'threshold']),
    ...check(target.upper, [...path, 'upper']),
  ]
  if (target.upper !== null && thresholdValue(target.upper) < thresholdValue(target.threshold))
    issues.push({ path: [...path, 'upper'], message: 'Cận trên nhỏ hơn ngưỡng' })
  if (
    target.measure.type === 'count' &&
    target.measure.outOf !== null &&
    thresholdValue(target.threshold) > target.measure.outOf
  )
    issues.push({
      path: [...path, 'threshold'],
      message: `Ngưỡng lớn hơn tổng số (${target.measure.outOf})`,
    })
  target.milestones.forEach((milestone, j) => {
    issues.push(...check(milestone.threshold, [...path, 'milestones', j, 'threshold']))
    issues.push(...check(milestone.upper, [...path, 'milestones', j, 'upper']))
  })
  return issues
}
