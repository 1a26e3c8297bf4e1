import { Typography } from 'antd'
import type { ReactNode } from 'react'
import { describeTaskOwners, formatDateVi, type Plan, type Task } from '@antq/core'
import { Link } from 'react-router'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { unitsByBody, usePlanBodies } from './plan-bodies-api'
import { SectionList } from './SectionList'
import { usePlanId } from './use-plan-id'

const t = messages.planTerms.task

function when(task: Task): string | null {
  if (task.from && task.due) return t.window(formatDateVi(task.from), formatDateVi(task.due))
  if (task.due) return `${t.due}: ${formatDateVi(task.due)}`
  return null
}

/** Names separated by "; ", a body's name linking to its unit's page when it has one. */
function joinNames(names: { key: string; node: ReactNode }[]): ReactNode {
  return names.map(({ key, node }, i) => (
    <span key={key}>
      {i > 0 && '; '}
      {node}
    </span>
  ))
}

/** A task owned by a body or a level becomes assignments; a group alone has no unit to assign. */
function tracked(task: Task): boolean {
  return task.owner !== null || task.ownerLevels.length > 0
}

/** Nhiệm vụ: who is assigned what, with whom and by when. */
export function PlanTasks({ plan }: { plan: Plan }) {
  const units = unitsByBody(usePlanBodies(usePlanId()).data)
  const nameOf = (id: string) => plan.bodies.find((body) => body.id === id)?.name ?? id
  const bodyNode = (id: string) => {
    const unit = units.get(id)
    return {
      key: id,
      node: unit ? <Link to={`/don-vi/${unit.id}`}>{nameOf(id)}</Link> : nameOf(id),
    }
  }
  return (
    <SectionList
      items={plan.tasks}
      render={(task) => {
        // Levels ("Các xã, phường, thị trấn") and groups are text; bodies link to their units.
        const { owners } = describeTaskOwners(plan, { ...task, owner: null })
        const ownerNodes = [
          ...(task.owner === null ? [] : [bodyNode(task.owner)]),
          ...owners.map((name) => ({ key: name, node: name })),
        ]
        return (
          <ClauseCard
            key={task.id}
            source={task.source}
            text={task.text}
            title={task.task}
            // A task with a body or a level as owner becomes assignments ("Giao nhiệm vụ"):
            // the owner reports it done with evidence, the plan owner accepts it, overdue is
            // derived from its due date. Owners named only as a group are shown only.
            enforcement={tracked(task) ? 'attested' : 'display'}
            enforcementHint={
              tracked(task) ? messages.plan.taskTracked : messages.plan.taskEnforcement
            }
          >
            <Typography.Text>
              {t.owner}: {joinNames(ownerNodes)}
            </Typography.Text>
            {task.coOwners.length > 0 && (
              <Typography.Text>
                {t.coOwners}: {joinNames(task.coOwners.map(bodyNode))}
              </Typography.Text>
            )}
            {when(task) && <Typography.Text strong>{when(task)}</Typography.Text>}
          </ClauseCard>
        )
      }}
    />
  )
}
