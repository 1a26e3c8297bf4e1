import { Alert } from 'antd'
import type { PlanProblem } from '../../api/types'
import { messages } from '../../messages/vi'

const m = messages.planImport

export function describeProblem(problem: PlanProblem): string {
  return problem.line !== undefined
    ? m.problem(problem.line, problem.col ?? 1, problem.path ?? '', problem.message)
    : m.pathProblem(problem.path ?? '', problem.message)
}

/** Problems of a plan file or definition: "dòng L, cột C: path — message", under a heading. */
export function PlanProblemList({
  title,
  problems,
}: {
  title: string
  problems: readonly PlanProblem[]
}) {
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <ul
          aria-label={m.errorsLabel}
          style={{ maxHeight: 320, overflow: 'auto', margin: 0, paddingInlineStart: 18 }}
        >
          {problems.map((problem, index) => (
            <li key={index}>{describeProblem(problem)}</li>
          ))}
        </ul>
      }
    />
  )
}
