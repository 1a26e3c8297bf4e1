import { Table, Typography, type TableColumnsType } from 'antd'
import { TARGET_STATUSES, type Plan } from '@antq/core'
import { formatNumber } from '../../lib/format'
import { messages } from '../../messages/vi'
import { formatThreshold, phaseLabel } from '../plans/plan-format'
import { formatPercent } from './target-format'
import type { TargetRow } from './targets-api'
import { TargetStatusTag } from './TargetStatusTag'

const c = messages.targets.columns
const symbols = messages.planTerms.comparatorSymbols

/** Every target of the plan under one scope; a row opens its units. */
export function TargetsTable({
  plan,
  items,
  loading,
  onOpen,
}: {
  plan: Plan
  items: TargetRow[]
  loading: boolean
  onOpen: (row: TargetRow) => void
}) {
  const columns: TableColumnsType<TargetRow> = [
    {
      key: 'status',
      title: c.status,
      width: 150,
      // Filter by status: among them "Chưa có số liệu", so a target without data is found.
      filters: TARGET_STATUSES.map((status) => ({
        text: messages.targets.status[status],
        value: status,
      })),
      onFilter: (value, row) => row.status === value,
      render: (_value, row) => <TargetStatusTag status={row.status} title={row.reason} />,
    },
    {
      key: 'clause',
      title: c.clause,
      render: (_value, row) => (
        <>
          <Typography.Text strong>{row.source}</Typography.Text> {row.label}
        </>
      ),
    },
    {
      key: 'counts',
      title: c.counts,
      align: 'right',
      // A count is one number (issue 10 S5): "13", never "13 / —".
      render: (_value, row) => (
        <>
          {row.denominator !== null
            ? `${formatNumber(row.numerator)} / ${formatNumber(row.denominator)}`
            : row.stated
              ? `${formatNumber(row.numerator)} / ${formatNumber(row.stated.statedOutOf)}`
              : formatNumber(row.numerator)}
          {row.stated?.note ? (
            <div>
              <Typography.Text type="warning">{row.stated.note}</Typography.Text>
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'value',
      title: c.value,
      align: 'right',
      render: (_value, row) => (
        <>
          {row.denominator === null ? formatNumber(row.value) : formatPercent(row.value)}
          {row.missingUnits ? (
            <div>
              <Typography.Text type="warning">
                {messages.targets.missingUnits(row.missingUnits)}
              </Typography.Text>
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'goal',
      title: c.goal,
      render: (_value, row) => `${symbols[row.comparator]} ${formatThreshold(row.threshold)}`,
    },
    {
      key: 'phase',
      title: c.phase,
      render: (_value, row) => phaseLabel(plan, row.phase) ?? messages.app.empty,
    },
  ]
  return (
    <Table<TargetRow>
      rowKey="targetId"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: messages.targets.empty }}
      onRow={(row) => ({
        onClick: () => onOpen(row),
        style: { cursor: 'pointer' },
        'aria-label': row.label,
      })}
      scroll={{ x: 'max-content' }}
    />
  )
}
