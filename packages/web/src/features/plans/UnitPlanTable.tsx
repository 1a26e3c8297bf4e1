import { Alert, App, Button, Input, Modal, Space, Table } from 'antd'
import { useState } from 'react'
import { messages } from '../../messages/vi'
import { useReviewUnitPlan, type UnitPlanRow } from './unit-plans-api'
import { UnitPlanSent, UnitPlanStatusTags } from './UnitPlanStatus'

const m = messages.unitPlans
// What awaits the owner first, then who has not sent, then what is done.
const ORDER = ['submitted', 'not_submitted', 'returned', 'accepted']

/** The plan owner's list: every unit that must send, what it sent, accept or return. */
export function UnitPlanTable(props: {
  planId: number
  deadlineId: string
  rows: readonly UnitPlanRow[]
}) {
  const { planId, deadlineId } = props
  const { message } = App.useApp()
  const review = useReviewUnitPlan(planId)
  const [returning, setReturning] = useState<UnitPlanRow>()
  const [reason, setReason] = useState('')
  const act = (row: UnitPlanRow, action: 'accept' | 'return', text?: string) =>
    review.mutate(
      {
        deadlineId,
        unitId: row.unitId,
        action,
        reason: text,
        rowVersion: row.submission?.rowVersion ?? 0,
      },
      {
        onSuccess: () => {
          void message.success(action === 'accept' ? m.accepted : m.returned)
          setReturning(undefined)
          setReason('')
        },
      },
    )
  const rows = [...props.rows].sort(
    (a, b) =>
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.name.localeCompare(b.name, 'vi'),
  )
  const columns = [
    { title: m.unit, dataIndex: 'name', key: 'name' },
    {
      title: m.state,
      key: 'status',
      width: 240,
      filters: ORDER.map((value) => ({ value, text: m.status[value] })),
      onFilter: (value: unknown, row: UnitPlanRow) => row.status === value,
      render: (_: unknown, row: UnitPlanRow) => <UnitPlanStatusTags row={row} />,
    },
    {
      title: m.sent,
      key: 'sent',
      render: (_: unknown, row: UnitPlanRow) => <UnitPlanSent row={row} />,
    },
    {
      title: m.actions,
      key: 'actions',
      width: 200,
      render: (_: unknown, row: UnitPlanRow) =>
        row.canReview && (
          <Space>
            <Button size="small" type="primary" onClick={() => act(row, 'accept')}>
              {m.accept}
            </Button>
            <Button size="small" danger onClick={() => setReturning(row)}>
              {m.return}
            </Button>
          </Space>
        ),
    },
  ]
  return (
    <>
      {review.error && !returning && <Alert type="error" showIcon title={review.error.message} />}
      <Table<UnitPlanRow>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
      <Modal
        open={returning !== undefined}
        title={returning ? m.returnTitle(returning.name) : ''}
        okText={m.return}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: review.isPending }}
        onOk={() => returning && act(returning, 'return', reason)}
        onCancel={() => setReturning(undefined)}
      >
        <Input.TextArea
          aria-label={m.reason}
          placeholder={m.reasonRequired}
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {review.error && <Alert type="error" showIcon title={review.error.message} />}
      </Modal>
    </>
  )
}
