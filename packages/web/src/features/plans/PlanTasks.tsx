import { Typography } from 'antd'
import { describeTaskOwners, formatDateVi, type Plan, type Task } from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { SectionList } from './SectionList'

const t = messages.planTerms.task

function when(task: Task): string | null {
  if (task.from && task.due) return t.window(formatDateVi(task.from), formatDateVi(task.due))
  if (task.due) return `${t.due}: ${formatDateVi(task.due)}`
  return null
}

/** Nhiệm vụ: who is assigned what, with whom and by when. */
export function PlanTasks({ plan }: { plan: Plan }) {
  return (
    <SectionList
      items={plan.tasks}
      render={(task) => {
        const { owners, coOwners } = describeTaskOwners(plan, task)
        return (
          <ClauseCard
            key={task.id}
            source={task.source}
            text={task.text}
            title={task.task}
            // No task is followed up by the system, dated or not: shown only.
            enforcement="display"
            enforcementHint={messages.plan.taskEnforcement}
          >
            <Typography.Text>
              {t.owner}: {owners.join('; ')}
            </Typography.Text>
            {coOwners.length > 0 && (
              <Typography.Text>
                {t.coOwners}: {coOwners.join('; ')}
              </Typography.Text>
            )}
            {when(task) && <Typography.Text strong>{when(task)}</Typography.Text>}
          </ClauseCard>
        )
      }}
    />
  )
}
