import { Button, Flex, Table, Tag, Typography } from 'antd'
import {
  BUDGET_FUNDING_LABELS,
  BUDGET_STATUS_LABELS,
  formatDateVi,
  formatVnd,
  type BudgetStatus,
} from '@antq/core'
import { messages } from '../../messages/vi'
import { budgetFileUrl, type BudgetEstimate, type BudgetView } from './budget-api'

const m = messages.budget
const STATUS_COLORS: Record<BudgetStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'warning',
}
const Money = ({ value }: { value: number }) => (
  <span style={{ whiteSpace: 'nowrap' }}>{formatVnd(value)}</span>
)
export type EstimateCommand = 'edit' | 'submit' | 'approve' | 'return' | 'spend'

type Props = {
  planId: number
  view: BudgetView
  pending: boolean
  onCommand: (command: EstimateCommand, estimate: BudgetEstimate) => void
}

/** Dự toán của từng đơn vị theo năm, trạng thái, số đã chi và các khoản chi kèm chứng từ. */
export function BudgetEstimateTable({ planId, view, pending, onCommand }: Props) {
  const labelOf = new Map(view.lines.map((line) => [line.id, line.label]))
  return (
    <Table<BudgetEstimate>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={view.estimates}
      locale={{ emptyText: m.noEstimates }}
      expandable={{
        rowExpandable: (row) => row.spending.length > 0,
        expandedRowRender: (row) => (
          <Flex vertical gap={4}>
            <Typography.Text strong>{m.spending.list}</Typography.Text>
            {row.spending.map((item) => (
              <Typography.Text key={item.id}>
                {formatDateVi(item.spentOn)} — {item.purpose}: {formatVnd(item.amount)} (
                {m.spending.documentNumber} {item.documentNumber}, {formatDateVi(item.documentDate)}
                ){' '}
                {item.fileId !== null && (
                  <a href={budgetFileUrl(planId, item.fileId)}>{item.fileName}</a>
                )}
              </Typography.Text>
            ))}
          </Flex>
        ),
      }}
      columns={[
        { title: m.year, dataIndex: 'year', width: 70 },
        { title: m.unit, dataIndex: 'unitName' },
        { title: m.line, key: 'line', render: (_, row) => labelOf.get(row.lineId) },
        {
          title: m.funding,
          key: 'funding',
          render: (_, row) => BUDGET_FUNDING_LABELS[row.funding],
        },
        {
          title: m.amount,
          key: 'amount',
          align: 'right',
          render: (_, row) => <Money value={row.amount} />,
        },
        {
          title: m.spent,
          key: 'spent',
          align: 'right',
          render: (_, row) => <Money value={row.spent} />,
        },
        {
          title: m.status,
          key: 'status',
          render: (_, row) => (
            <Flex vertical gap={2}>
              <Tag color={STATUS_COLORS[row.status]}>{BUDGET_STATUS_LABELS[row.status]}</Tag>
              {row.status === 'returned' && row.returnReason && (
                <Typography.Text type="warning">{m.returnReason(row.returnReason)}</Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          title: m.actions,
          key: 'actions',
          render: (_, row) => (
            <Flex gap={4} wrap>
              {row.actions.map((action) => (
                <Button
                  key={action}
                  size="small"
                  danger={action === 'return'}
                  type={action === 'approve' ? 'primary' : 'default'}
                  disabled={pending}
                  onClick={() => onCommand(action, row)}
                >
                  {m[action]}
                </Button>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  )
}
