import { Button, Flex, Select, Table, Typography } from 'antd'
import { formatDateVi, occurrenceLabel } from '@antq/core'
import { useSearchParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { assignmentMessages as m } from '../../messages/vi-assignments'
import { AssignmentDrawer } from './AssignmentDrawer'
import { AssignmentStatusTag } from './AssignmentStatusTag'
import { useOwnAssignments, type AssignmentItem } from './assignments-api'
import { yearOptions } from './year-options'

/** /nhiem-vu?nam=&mo= — the body's own assignments of a year, by due date; one opens aside. */
export function AssignmentsPage() {
  const [params, setParams] = useSearchParams()
  const year = Number(params.get('nam') ?? '') || new Date().getFullYear()
  const openId = Number(params.get('mo') ?? '') || null
  const list = useOwnAssignments(year)
  useDocumentTitle(m.title)
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params)
    if (value === null) next.delete(key)
    else next.set(key, value)
    setParams(next)
  }
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
  const columns = [
    {
      title: m.columns.task,
      render: (_: unknown, item: AssignmentItem) => (
        <>
          <div>{item.task.task}</div>
          <Typography.Text type="secondary">{item.plan.title}</Typography.Text>
        </>
      ),
    },
    {
      title: m.columns.occurrence,
      width: 150,
      render: (_: unknown, item: AssignmentItem) => occurrenceLabel(item.occurrence),
    },
    {
      title: m.columns.role,
      width: 100,
      render: (_: unknown, item: AssignmentItem) => m.role[item.role],
    },
    {
      title: m.columns.due,
      width: 120,
      render: (_: unknown, item: AssignmentItem) => formatDateVi(item.due),
    },
    {
      title: m.columns.status,
      width: 200,
      render: (_: unknown, item: AssignmentItem) => (
        <AssignmentStatusTag status={item.status} late={item.late} />
      ),
    },
    {
      title: '',
      width: 80,
      render: (_: unknown, item: AssignmentItem) => (
        <Button size="small" onClick={() => update('mo', String(item.id))}>
          {m.open}
        </Button>
      ),
    },
  ]
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3}>
        {m.title}
        {list.data ? ` — ${list.data.unit.name}` : ''}
      </Typography.Title>
      <Flex gap={8} align="center">
        <label htmlFor="assignment-year">{m.year}</label>
        <Select
          id="assignment-year"
          style={{ width: 120 }}
          value={year}
          options={yearOptions()}
          onChange={(value) => update('nam', String(value))}
        />
      </Flex>
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: m.empty }}
        pagination={false}
        onRow={(item) => ({ 'data-task': item.task.id }) as object}
      />
      <AssignmentDrawer id={openId} onClose={() => update('mo', null)} />
    </Flex>
  )
}
