// One thing to do: what, for which plan, by when ("còn 3 ngày" / "quá hạn 5 ngày"), why it came
// back, and one click to the page that does it. Plan owners also see the first late units with
// their managing unit and who answers for them.
import { Flex, Tag, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { Link } from 'react-router'
import { todoMessages as m } from '../../messages/vi-todo'
import type { TodoItem, TodoUnit } from './todo-api'

function DueTag({ item }: { item: TodoItem }) {
  if (item.daysLeft === null || item.deadline === null) return null
  const days = item.daysLeft
  const text = days < 0 ? m.overdue(-days) : days === 0 ? m.dueToday : m.left(days)
  const color = days < 0 ? 'red' : days <= 7 ? 'orange' : 'blue'
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {text} · {m.deadline(formatDateVi(item.deadline))}
    </Tag>
  )
}

function itemText(item: TodoItem): string {
  const kind = m.kinds[item.kind]
  const head = kind ? kind(item.count) : m.other
  return item.label ? `${head}: ${item.label}` : head
}

function UnitLine({ unit }: { unit: TodoUnit }) {
  const contact = unit.contacts.length > 0 ? m.contacts(unit.contacts.join(', ')) : m.noContact
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
      {m.unitLine(unit.name, unit.daysLate)}
      {unit.managingUnit ? ` · ${m.managedBy(unit.managingUnit)}` : ''} · {contact}
    </Typography.Text>
  )
}

export function TodoItemRow({ item }: { item: TodoItem }) {
  return (
    <div
      style={{ paddingBlock: 8, borderBottom: '1px solid #f0f0f0', overflowWrap: 'anywhere' }}
      data-testid="todo-item"
    >
      <Flex wrap gap={8} align="center" justify="space-between">
        <Link to={item.link} style={{ fontWeight: 500 }}>
          {itemText(item)}
        </Link>
        <DueTag item={item} />
      </Flex>
      {item.plan && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {item.plan.title}
        </Typography.Text>
      )}
      {item.reason && (
        <Typography.Text type="danger" style={{ display: 'block' }}>
          {m.reason(item.reason)}
        </Typography.Text>
      )}
      {item.units?.map((unit) => (
        <UnitLine key={unit.id} unit={unit} />
      ))}
    </div>
  )
}
