// A child plan that makes a higher plan concrete ("cụ thể hóa") inherits its targets. It may
// tighten a target (higher threshold, earlier date, more unit kinds) but never loosen one.
import { parseExpression } from '../rules/parser'
import { printExpression } from '../rules/printer'
import type { PlanIssue } from './plan-issues'
import { thresholdValue, type Comparator, type Threshold } from './plan-primitives'
import type { Plan } from './plan-schema'
import type { Measure, Target } from './plan-targets'

type Goal = { comparator: Comparator; threshold: Threshold; due: string }

/**
 * Issues in the child plan, each naming the child clause that loosens which parent clause.
 * @example checkChildPlan(provincePlan, districtPlan) // [] when every target is kept or tightened
 */
export function checkChildPlan(parent: Plan, child: Plan): PlanIssue[] {
  const issues: PlanIssue[] = []
  const link = child.metadata.parentPlan
  if (!link || (link.planId !== parent.id && link.ref !== formatNumber(parent)))
    issues.push({
      path: ['metadata', 'parentPlan'],
      message: `Kế hoạch không ghi kế hoạch cấp trên ${formatNumber(parent) ?? parent.id}`,
    })
  const parents = new Map(parent.targets.map((target) => [target.id, target]))
  child.targets.forEach((target, index) => {
    if (target.parentTarget === null) return
    const path = ['targets', index]
    const upper = parents.get(target.parentTarget)
    if (!upper) {
      issues.push({
        path: [...path, 'parentTarget'],
        message: `Kế hoạch cấp trên không có chỉ tiêu '${target.parentTarget}'`,
      })
      return
    }
    const say = (what: string) =>
      `Chỉ tiêu ${target.source} nới lỏng chỉ tiêu ${upper.source} của kế hoạch cấp trên: ${what}`
    if (!isSameMeasure(upper.measure, target.measure))
      issues.push({ path: [...path, 'measure'], message: say('cách đo khác với cấp trên') })
    const missingKinds = upper.scope.unitKinds.filter(
      (kind) => !target.scope.unitKinds.includes(kind),
    )
    if (missingKinds.length > 0)
      issues.push({
        path: [...path, 'scope', 'unitKinds'],
        message: say(`bỏ bớt loại đơn vị ${missingKinds.join(', ')}`),
      })
    if (!isSameScopeFilter(upper, target))
      issues.push({
        path: [...path, 'scope'],
        message: say('thu hẹp phạm vi đơn vị (khu vực hoặc điều kiện lọc)'),
      })
    if (upper.recurrence === 'yearly' && target.recurrence !== 'yearly')
      issues.push({ path: [...path, 'recurrence'], message: say('cấp trên yêu cầu hằng năm') })
    const childGoals = goalsOf(target, child)
    for (const required of goalsOf(upper, parent)) {
      const meets = childGoals.some(
        (goal) => goal.due <= required.due && isAtLeastAsStrict(goal, required),
      )
      if (!meets)
        issues.push({
          path: [...path, 'threshold'],
          message: say(
            `cấp trên yêu cầu ${required.comparator} ${String(required.threshold)} trước ${formatDate(required.due)}`,
          ),
        })
    }
  })
  return issues
}

/** The targets the child plan must reach: its own, plus the parent's it does not restate. */
export function resolveChildTargets(parent: Plan, child: Plan): Target[] {
  const restated = new Set(child.targets.map((target) => target.parentTarget))
  return [...child.targets, ...parent.targets.filter((target) => !restated.has(target.id))]
}

function goalsOf(target: Target, plan: Plan): Goal[] {
  const end = plan.period.end ?? `${plan.period.endYear ?? 9999}-12-31`
  const phaseEnd = new Map(plan.period.phases.map((phase) => [phase.id, phase.end]))
  return [
    { comparator: target.comparator, threshold: target.threshold, due: target.due ?? end },
    ...target.milestones.map((milestone) => ({
      comparator: milestone.comparator,
      threshold: milestone.threshold,
      due: milestone.due ?? (milestone.phase ? phaseEnd.get(milestone.phase) : undefined) ?? end,
    })),
  ]
}

/** Whether meeting `goal` guarantees meeting `required`. */
export function isAtLeastAsStrict(goal: Omit<Goal, 'due'>, required: Omit<Goal, 'due'>): boolean {
  const a = thresholdValue(goal.threshold)
  const b = thresholdValue(required.threshold)
  const lower = (c: Comparator) => c === '>=' || c === '>'
  const upper = (c: Comparator) => c === '<=' || c === '<'
  if (required.comparator === '=') return goal.comparator === '=' && a === b
  if (lower(required.comparator)) {
    if (goal.comparator === '=') return required.comparator === '>=' ? a >= b : a > b
    if (!lower(goal.comparator)) return false
    return (
      a > b || (a === b && (goal.comparator === required.comparator || goal.comparator === '>'))
    )
  }
  if (goal.comparator === '=') return required.comparator === '<=' ? a <= b : a < b
  if (!upper(goal.comparator)) return false
  return a < b || (a === b && (goal.comparator === required.comparator || goal.comparator === '<'))
}

function isSameMeasure(a: Measure, b: Measure): boolean {
  if (a.type !== b.type) return false
  const normalize = (measure: Measure) =>
    JSON.stringify(measure, (_key, value: unknown) =>
      typeof value === 'string' ? canonicalFormula(value) : value,
    )
  return normalize(a) === normalize(b)
}

function isSameScopeFilter(a: Target, b: Target): boolean {
  const where = (target: Target) =>
    target.scope.where === null ? null : canonicalFormula(target.scope.where)
  return (
    a.scope.area === b.scope.area &&
    where(a) === where(b) &&
    a.scope.managedBy === b.scope.managedBy
  )
}

function canonicalFormula(text: string): string {
  const parsed = parseExpression(text)
  return parsed.ok ? printExpression(parsed.ast) : text
}

function formatNumber(plan: Plan): string | undefined {
  const number = plan.metadata.number
  return number?.sequence ? `${number.sequence}/${number.symbol}` : undefined
}

function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}
