// "Ngày hội / Diễn đàn": pick a published plan and a year, then see and record its events.
import { Card, Flex, InputNumber, Select, Typography } from 'antd'
import { useSearchParams } from 'react-router'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { eventMessages as m } from '../../messages/vi-events'
import { usePlans } from '../plans/use-plan-queries'
import { PlanEventsPanel } from './PlanEventsPanel'

export function EventsPage() {
  useDocumentTitle(m.title)
  const [params, setParams] = useSearchParams()
  const plans = (usePlans().data ?? []).filter((plan) => plan.status === 'published')
  const planId = Number(params.get('ke-hoach') ?? 0)
  const year = params.get('nam') ? Number(params.get('nam')) : undefined
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params)
    if (value === null) next.delete(key)
    else next.set(key, value)
    setParams(next, { replace: true })
  }
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {m.title}
      </Typography.Title>
      <Card>
        <Flex gap={16} wrap align="center">
          <Select
            aria-label={m.plan}
            placeholder={m.choosePlan}
            style={{ minWidth: 420, maxWidth: 720 }}
            value={planId > 0 ? planId : undefined}
            onChange={(value: number) => update('ke-hoach', String(value))}
            options={plans.map((plan) => ({ value: plan.id, label: plan.title }))}
            showSearch
            optionFilterProp="label"
          />
          <InputNumber
            aria-label={m.year}
            placeholder={m.year}
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => update('nam', value === null ? null : String(value))}
          />
        </Flex>
      </Card>
      {planId > 0 && <PlanEventsPanel planId={planId} year={year} />}
    </Flex>
  )
}
