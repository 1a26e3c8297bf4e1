import { Card, Descriptions, Flex, Typography } from 'antd'
import { PLAN_KIND_LABELS } from '@antq/core'
import type { PlanView } from '../../api/types'
import { messages } from '../../messages/vi'
import { formatDocumentNumber, formatPartialDate, formatSymbol } from './plan-format'
import { PlanStatusTag } from './PlanStatusTag'
import { PlanToolbar } from './PlanToolbar'
import { PlanVersionSelect } from './PlanVersionSelect'

const m = messages.plan

/** Title, number, issuer, date, status and version of the plan, with its actions. */
export function PlanHeader({ plan }: { plan: PlanView }) {
  const { metadata, period } = plan.definition
  const signer = [metadata.signer.title, metadata.signer.name].filter(Boolean).join(' ')
  const number = formatDocumentNumber(metadata.number)
  const items = [
    { key: 'issuer', label: m.issuer, children: metadata.issuer.name },
    {
      key: 'number',
      label: messages.plans.columns.number,
      children: formatSymbol(metadata.number),
    },
    { key: 'date', label: m.date, children: formatPartialDate(metadata.date) },
    { key: 'kind', label: m.kind, children: PLAN_KIND_LABELS[metadata.kind] },
    { key: 'period', label: m.period, children: m.periodYears(period.startYear, period.endYear) },
    { key: 'signer', label: m.signer, children: signer || messages.app.empty },
  ]
  if (metadata.parentPlan)
    items.push({
      key: 'parent',
      label: m.parentPlan,
      children: m.parentPlanText(metadata.parentPlan.ref, metadata.parentPlan.issuer),
    })

  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <div style={{ flex: '1 1 480px' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {metadata.title}
            </Typography.Title>
            <Typography.Text type="secondary">
              {[number, metadata.issuer.name, metadata.date && formatPartialDate(metadata.date)]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </div>
          <Flex align="center" gap={8} wrap>
            <PlanStatusTag status={plan.status} />
            <PlanVersionSelect current={plan.id} versions={plan.versions} />
          </Flex>
        </Flex>
        <PlanToolbar plan={plan} />
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      </Flex>
    </Card>
  )
}
