// /viec-can-lam — the landing page of every role (issue 13 item 1, ADR 028): grouped cards with
// their counts, each item with its deadline and one click to the page that does it.
import { Badge, Card, Empty, Flex, Skeleton, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { todoMessages as m } from '../../messages/vi-todo'
import { PlansSummary } from './PlansSummary'
import { TodoItemRow } from './TodoItemRow'
import { useTodo } from './todo-api'

export function TodoPage() {
  useDocumentTitle(m.title)
  const todo = useTodo()
  if (todo.isError) return <ErrorResult error={todo.error} onRetry={() => void todo.refetch()} />
  const data = todo.data
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, minWidth: 0 }}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {m.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {data ? `${m.today(formatDateVi(data.today))}. ` : ''}
          {m.intro}
        </Typography.Text>
      </div>
      {!data ? (
        <Skeleton active />
      ) : (
        <>
          {data.groups.length === 0 && (
            <Card>
              <Empty description={data.plans.length === 0 ? m.noPlans : m.empty} />
            </Card>
          )}
          {data.groups.map((group) => (
            <Card
              key={group.group}
              size="small"
              title={
                <Flex gap={8} align="center" wrap>
                  <span style={{ whiteSpace: 'normal' }}>{m.groups[group.group]}</span>
                  <Badge
                    count={group.count}
                    overflowCount={9999}
                    aria-label={m.count(group.count)}
                  />
                </Flex>
              }
              role="region"
              aria-label={m.groups[group.group]}
            >
              {group.items.map((item, index) => (
                <TodoItemRow key={`${item.kind}-${item.link}-${index}`} item={item} />
              ))}
            </Card>
          ))}
          <PlansSummary summary={data.summary} />
        </>
      )}
    </Flex>
  )
}
