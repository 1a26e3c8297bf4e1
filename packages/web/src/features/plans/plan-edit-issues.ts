// Validation issues of the edited plan, keyed by path as people read it (`targets[3].threshold`,
// the same form the server uses in `details`), and the keys the form editor can show.
import { formatPath, type PathSegment, type Plan } from '@antq/core'
import type { PlanProblem } from '../../api/types'
import { messages } from '../../messages/vi'
import type { PlanEditValues } from './plan-edit-values'

export function groupIssues(problems: readonly PlanProblem[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const problem of problems) {
    const key = problem.path ?? ''
    map.set(key, [...(map.get(key) ?? []), problem.message])
  }
  return map
}

/** Every path the editor shows issues at: fields, and rows (a target, a milestone, a deadline). */
export function editorPaths(values: PlanEditValues): Set<string> {
  const paths: PathSegment[][] = []
  values.targets.forEach((target, i) => {
    const at = ['targets', i]
    paths.push(at, [...at, 'comparator'], [...at, 'threshold'], [...at, 'upper'], [...at, 'due'])
    paths.push([...at, 'milestones'])
    ;(target.milestones ?? []).forEach((_milestone, j) => {
      const m = [...at, 'milestones', j]
      paths.push(m, [...m, 'comparator'], [...m, 'threshold'], [...m, 'upper'], [...m, 'due'])
    })
  })
  values.awardForms.forEach((_form, i) => {
    const q = ['awardForms', i, 'quota']
    paths.push(q, [...q, 'type'], [...q, 'count'], [...q, 'recipients'], [...q, 'by'])
  })
  values.deadlines.forEach((_deadline, i) => {
    paths.push(['deadlines', i], ['deadlines', i, 'date'], ['deadlines', i, 'annual'])
  })
  return new Set(paths.map(formatPath))
}

const required = messages.planEdit.required

/**
 * Empty required fields, said plainly. Each replaces the validator's issue at its own path (and
 * at the row it names), which would speak of union types or field names instead.
 */
export function requiredIssues(
  values: PlanEditValues,
  original: Pick<Plan, 'deadlines'>,
): (PlanProblem & { replaces: string[] })[] {
  const issues: (PlanProblem & { replaces: string[] })[] = []
  const add = (path: PathSegment[], message: string, row?: PathSegment[]) =>
    issues.push({ path: formatPath(path), message, replaces: row ? [formatPath(row)] : [] })
  values.targets.forEach((target, i) => {
    if (!target.threshold?.trim()) add(['targets', i, 'threshold'], required.threshold)
    ;(target.milestones ?? []).forEach((milestone, j) => {
      const row = ['targets', i, 'milestones', j]
      if (!milestone.threshold?.trim()) add([...row, 'threshold'], required.threshold)
      if (!milestone.due && !milestone.phase) add([...row, 'due'], required.milestoneDue, row)
    })
  })
  values.awardForms.forEach(({ quota }, i) => {
    if (quota.type === 'fixed' && (quota.count === null || quota.count === undefined))
      add(['awardForms', i, 'quota', 'count'], required.count)
  })
  values.deadlines.forEach((deadline, i) => {
    // A unit plan may be asked for without a date ("cụ thể hóa", ADR 013).
    const undatable = original.deadlines[i]?.closes === 'plan_submission'
    if (!deadline.date && !deadline.annual && !undatable) add(['deadlines', i], required.date)
  })
  return issues
}
