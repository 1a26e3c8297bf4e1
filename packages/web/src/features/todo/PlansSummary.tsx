// The leader's one-screen summary: per plan in scope, how many targets stand at each status
// (the stored values the dashboard shows), and a link to the dashboard.
import { Card, Flex, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { todoMessages as m } from '../../messages/vi-todo'
import type { Todo } from './todo-api'

const COLORS: Record<string, string> = {
  met: 'green',
  on_track: 'blue',
  at_risk: 'orange',
  missed: 'red',
  no_data: 'default',
}

export function PlansSummary({ summary }: { summary: Todo['summary'] }) {
  if (summary.length === 0) return null
  return (
    <Card title={m.summaryTitle} size="small">
      {summary.map((plan) => (
        <div
          key={plan.plan.id}
          style={{ paddingBlock: 8, borderBottom: '1px solid #f0f0f0', overflowWrap: 'anywhere' }}
        >
          <Link to={plan.link} style={{ fontWeight: 500 }}>
            {plan.plan.title}
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {m.summaryLine(plan.year, plan.scope)} · {m.summaryTotal(plan.total)}
          </Typography.Text>
          <Flex wrap gap={4} style={{ marginTop: 4 }}>
            {Object.entries(plan.counts)
              .filter(([, count]) => count > 0)
              .map(([status, count]) => (
                <Tag key={status} color={COLORS[status]}>
                  {m.status[status]}: {count}
                </Tag>
              ))}
          </Flex>
        </div>
      ))}
    </Card>
  )
}
