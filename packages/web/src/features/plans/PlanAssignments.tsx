import { useState } from 'react'
import { Alert, Button, Card, Checkbox, Flex, Select, Table, Typography } from 'antd'
import { formatDateVi, occurrenceLabel } from '@antq/core'
import { allows } from '../../lib/permissions'
import { assignmentMessages } from '../../messages/vi-assignments'
import { useAccount } from '../auth/use-account'
import { AssignmentDrawer } from '../assignments/AssignmentDrawer'
import { AssignmentStatusTag } from '../assignments/AssignmentStatusTag'
import {
  useGenerateAssignments,
  usePlanAssignments,
  usePlanScorecard,
  type AssignmentItem,
  type AssignmentScorecard,
} from '../assignments/assignments-api'

const m = assignmentMessages
type Body = AssignmentScorecard['bodies'][number]
type Props = { planId: number; period: { startYear: number; endYear: number | null } }

/** The plan owner's view: "Giao nhiệm vụ" for a year, the scorecard per body, and the shares
 * (one body's or late only) to open, accept, return or chase. */
export function PlanAssignments({ planId, period }: Props) {
  const account = useAccount()
  const last = period.endYear ?? new Date().getFullYear()
  const years = Array.from({ length: last - period.startYear + 1 }, (_, i) => last - i)
  const [year, setYear] = useState(
    Math.min(last, Math.max(period.startYear, new Date().getFullYear())),
  )
  const [unitId, setUnitId] = useState<number | undefined>()
  const [late, setLate] = useState(false)
  const [openId, setOpenId] = useState<number | null>(null)
  const card = usePlanScorecard(planId, year)
  const list = usePlanAssignments(planId, { year, unitId, late })
  const generate = useGenerateAssignments(planId)
  const count = (key: keyof Omit<Body, 'unit'>, title: string) => ({
    title,
    dataIndex: key,
    width: 90,
  })
  const bodyColumns = [
    {
      title: m.columns.owner,
      render: (_: unknown, body: Body) => (
        <a onClick={() => setUnitId(body.unit.id)}>{body.unit.name}</a>
      ),
    },
    count('total', m.plan.total),
    count('onTime', m.plan.onTime),
    count('late', m.plan.late),
    count('overdue', m.plan.overdue),
    count('inProgress', m.plan.inProgress),
    count('notStarted', m.plan.notStarted),
  ]
  const shareColumns = [
    { title: m.columns.owner, render: (_: unknown, item: AssignmentItem) => item.owner.name },
    { title: m.columns.task, render: (_: unknown, item: AssignmentItem) => item.task.task },
    {
      title: m.columns.occurrence,
      width: 150,
      render: (_: unknown, item: AssignmentItem) => occurrenceLabel(item.occurrence),
    },
    {
      title: m.columns.due,
      width: 110,
      render: (_: unknown, item: AssignmentItem) => formatDateVi(item.due),
    },
    {
      title: m.columns.status,
      width: 190,
      render: (_: unknown, item: AssignmentItem) => (
        <AssignmentStatusTag status={item.status} late={item.late} />
      ),
    },
    {
      title: '',
      width: 90,
      render: (_: unknown, item: AssignmentItem) => (
        <Button size="small" onClick={() => setOpenId(item.id)}>
          {item.status === 'overdue' ? m.detail.chase : m.open}
        </Button>
      ),
    },
  ]
  const result = generate.data
  return (
    <Card title={m.plan.title} data-testid="plan-assignments">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <label htmlFor="plan-assignment-year">{m.year}</label>
          <Select
            id="plan-assignment-year"
            style={{ width: 110 }}
            value={year}
            onChange={setYear}
            options={years.map((value) => ({ value, label: String(value) }))}
          />
          {allows(account, 'campaign:review') && (
            <Button
              type="primary"
              loading={generate.isPending}
              onClick={() => generate.mutate(year)}
            >
              {m.plan.generate}
            </Button>
          )}
          {card.data && (
            <Typography.Text type="secondary">
              {m.plan.asOf(formatDateVi(card.data.date))}
            </Typography.Text>
          )}
        </Flex>
        {generate.error && <Alert type="error" showIcon title={generate.error.message} />}
        {result && (
          <Alert
            type={result.unresolved.length > 0 ? 'warning' : 'success'}
            showIcon
            title={m.plan.generated(result.created, result.existing)}
            description={
              result.unresolved.length > 0 && (
                <>
                  {m.plan.unresolved}
                  <ul>
                    {result.unresolved.map((item, index) => (
                      <li key={index}>
                        {item.source}: {item.reason}
                      </li>
                    ))}
                  </ul>
                </>
              )
            }
          />
        )}
        <Typography.Title level={5}>{m.plan.scorecard}</Typography.Title>
        <Table
          rowKey={(body) => body.unit.id}
          size="small"
          pagination={false}
          loading={card.isPending}
          columns={bodyColumns}
          dataSource={card.data?.bodies ?? []}
        />
        <Flex gap={12} align="center" wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {m.plan.list}
          </Typography.Title>
          <Select
            style={{ minWidth: 260 }}
            value={unitId ?? 0}
            onChange={(value) => setUnitId(value || undefined)}
            options={[
              { value: 0, label: m.plan.allBodies },
              ...(card.data?.bodies ?? []).map((body) => ({
                value: body.unit.id,
                label: body.unit.name,
              })),
            ]}
          />
          <Checkbox checked={late} onChange={(event) => setLate(event.target.checked)}>
            {m.onlyLate}
          </Checkbox>
        </Flex>
        <Table
          rowKey="id"
          size="small"
          loading={list.isPending}
          columns={shareColumns}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
        />
      </Flex>
      <AssignmentDrawer id={openId} onClose={() => setOpenId(null)} />
    </Card>
  )
}
