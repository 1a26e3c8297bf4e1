// Validate a plan from any source (YAML, JSON from the database, the web editor): schema first,
// then cross-references, dates and formulas. Never throws.
import { checkPlanDates } from './plan-dates'
import { checkPlanFormulas } from './plan-formulas'
import { checkPlanEvents } from './plan-events'
import { checkPlanInspections } from './plan-inspections'
import { planErrorMap, toPlanIssues, type PlanIssue } from './plan-issues'
import { checkPlanReferences } from './plan-references'
import { Plan } from './plan-schema'

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] }

/**
 * @example
 * const result = validatePlan(JSON.parse(row.definition))
 * if (!result.ok) throw new AppError('VALIDATION', undefined, result.issues.map(toErrorDetail))
 */
export function validatePlan(input: unknown): PlanValidation {
  const parsed = Plan.safeParse(input, { error: planErrorMap })
  if (!parsed.success) return { ok: false, issues: toPlanIssues(parsed.error.issues) }
  const plan = parsed.data
  const issues = [
    ...checkPlanReferences(plan),
    ...checkPlanDates(plan),
    ...checkPlanFormulas(plan),
    ...checkPlanInspections(plan),
    ...checkPlanEvents(plan),
  ]
  return issues.length === 0 ? { ok: true, plan } : { ok: false, issues }
}
