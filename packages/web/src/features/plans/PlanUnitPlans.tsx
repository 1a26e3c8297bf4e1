import { Card, Empty, Flex, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { DeadlineExtensionPanel } from '../../components/DeadlineExtensionPanel'
import { messages } from '../../messages/vi'
import { UnitPlanSubmit } from './UnitPlanSubmit'
import { UnitPlanTable } from './UnitPlanTable'
import { useGrantUnitPlanExtension, useUnitPlans, type UnitPlanDeadline } from './unit-plans-api'

const m = messages.unitPlans

/**
 * "Kế hoạch của đơn vị" on the plan page, for each deadline by which units send their own plan:
 * a unit clerk sends its plan (a file, or a plan written in the system) and sees its status;
 * the plan owner sees who has sent, accepts or returns, and grants extensions.
 */
export function PlanUnitPlans({ planId }: { planId: number }) {
  const list = useUnitPlans(planId)
  const items = list.data?.items ?? []
  if (items.length === 0) return null
  return (
    <Card title={m.title}>
      <Flex vertical gap={24}>
        {items.map((item) => (
          <UnitPlanDeadlineView key={item.deadlineId} planId={planId} item={item} />
        ))}
      </Flex>
    </Card>
  )
}

function UnitPlanDeadlineView({ planId, item }: { planId: number; item: UnitPlanDeadline }) {
  const grant = useGrantUnitPlanExtension(planId, item.deadlineId)
  const reviewer = item.isReviewer || item.units.some((row) => row.canReview)
  const own = item.units.filter((row) => row.canSubmit || row.submission)
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        <Typography.Text strong>
          {item.dueDate ? m.dueDate(formatDateVi(item.dueDate)) : m.noDate}
        </Typography.Text>
        {item.by && (
          <>
            {' '}
            · {m.by}: {item.by}
          </>
        )}
        {item.to && (
          <>
            {' '}
            · {m.to}: {item.to}
          </>
        )}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{item.text}</Typography.Text>
      {item.units.length === 0 && <Empty description={m.empty} />}
      {reviewer ? (
        <>
          <Typography.Text>{m.summary(item.counts)}</Typography.Text>
          <UnitPlanTable planId={planId} deadlineId={item.deadlineId} rows={item.units} />
          {item.unresolved.length > 0 && (
            <Typography.Text type="secondary">
              {m.unresolved(item.unresolved.length)}{' '}
              {item.unresolved.map((body) => body.name).join('; ')}
            </Typography.Text>
          )}
        </>
      ) : (
        own
          .slice(0, 20)
          .map((row) => (
            <UnitPlanSubmit
              key={row.unitId}
              planId={planId}
              deadlineId={item.deadlineId}
              row={row}
            />
          ))
      )}
      {item.dueDate && (reviewer || item.extensions.length > 0) && (
        <DeadlineExtensionPanel
          title={m.extensionTitle}
          units={item.units
            .filter((row) => row.status === 'not_submitted' || row.status === 'returned')
            .map((row) => ({ id: row.unitId, name: row.name }))}
          extensions={item.extensions}
          canExtend={item.canExtend}
          grant={grant}
        />
      )}
    </Flex>
  )
}
