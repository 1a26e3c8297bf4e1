import { Descriptions, Flex, Typography } from 'antd'
import { BUDGET_FUNDING_LABELS, formatVnd, type BudgetSums } from '@antq/core'
import { messages } from '../../messages/vi'
import type { BudgetView } from './budget-api'

const m = messages.budget
const sums = (value: BudgetSums) =>
  `${m.estimated} ${formatVnd(value.estimated)} · ${m.approvedSum} ${formatVnd(value.approved)} · ${m.spent} ${formatVnd(value.spent)}`

/** Tổng hợp dự toán, phê duyệt và đã chi: theo năm, theo nguồn và tổng cộng. */
export function BudgetTotals({ totals }: { totals: BudgetView['totals'] }) {
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5}>{m.totals}</Typography.Title>
      <Descriptions size="small" column={1} bordered title={m.totalsByYear}>
        {totals.byYear.map((item) => (
          <Descriptions.Item key={item.year} label={m.yearOption(item.year)}>
            {sums(item.sums)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Descriptions size="small" column={1} bordered title={m.totalsBySource}>
        {totals.byFunding.map((item) => (
          <Descriptions.Item key={item.funding} label={BUDGET_FUNDING_LABELS[item.funding]}>
            {sums(item.sums)}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={<strong>{m.total}</strong>}>
          <strong>{sums(totals.all)}</strong>
        </Descriptions.Item>
      </Descriptions>
    </Flex>
  )
}
