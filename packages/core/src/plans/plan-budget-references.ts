// Budget lines name who estimates and who approves by plan body id or level: the ids must be
// the plan's bodies, and a line needs at least one estimator.
import type { PlanIssue } from './plan-issues'
import type { Plan } from './plan-schema'

export function checkBudget(plan: Plan): PlanIssue[] {
  const bodies = new Set(plan.bodies.map((body) => body.id))
  return plan.budget.flatMap((line, i): PlanIssue[] => {
    const issues: PlanIssue[] = []
    const path = ['budget', i]
    const unknown = (id: string) => `Cơ quan '${id}' không tồn tại trong kế hoạch`
    line.estimateBy.forEach((id, j) => {
      if (!bodies.has(id)) issues.push({ path: [...path, 'estimateBy', j], message: unknown(id) })
    })
    if (line.approvedBy !== null && !bodies.has(line.approvedBy))
      issues.push({ path: [...path, 'approvedBy'], message: unknown(line.approvedBy) })
    if (line.estimateBy.length + line.estimateLevels.length === 0)
      issues.push({
        path: [...path, 'estimateBy'],
        message: 'Dòng kinh phí cần đơn vị lập dự toán: một cơ quan hoặc một cấp',
      })
    if (line.cadence === 'once' && line.year === null)
      issues.push({ path: [...path, 'year'], message: 'Dự toán một lần cần ghi năm' })
    return issues
  })
}
