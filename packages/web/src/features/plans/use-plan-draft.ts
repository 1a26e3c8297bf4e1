import { useDeferredValue, useMemo } from 'react'
import { diffPlans, formatPath, validatePlan, type Plan } from '@antq/core'
import type { PlanProblem } from '../../api/types'
import { editorPaths, groupIssues, requiredIssues } from './plan-edit-issues'
import { applyEditValues, type PlanEditValues } from './plan-edit-values'

/**
 * The edited plan, validated in the browser by core's validatePlan as the person types, with
 * the server's own refusal (if any) added. `other` are issues no field of the editor shows.
 */
export function usePlanDraft(
  original: Plan,
  values: PlanEditValues,
  serverProblems: readonly PlanProblem[],
) {
  const deferred = useDeferredValue(values)
  const checked = useMemo(() => {
    const result = validatePlan(applyEditValues(original, deferred))
    const required = requiredIssues(deferred, original)
    const replaced = new Set(required.flatMap((issue) => [issue.path, ...issue.replaces]))
    const problems: PlanProblem[] = [
      ...required.map(({ path, message }) => ({ path, message })),
      ...(result.ok ? [] : result.issues)
        .map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
        .filter((problem) => !replaced.has(problem.path)),
    ]
    const changed = result.ok && diffPlans(original, result.plan).length > 0
    return { plan: result.ok ? result.plan : null, problems, changed }
  }, [original, deferred])

  return useMemo(() => {
    const all = [...checked.problems, ...serverProblems]
    const shown = editorPaths(deferred)
    return {
      plan: checked.plan,
      changed: checked.changed,
      issues: groupIssues(all),
      count: all.length,
      other: all.filter((problem) => !shown.has(problem.path ?? '')),
      checking: deferred !== values,
    }
  }, [checked, serverProblems, deferred, values])
}
