import { useState } from 'react'
import { Breadcrumb, Button, Card, Flex, Select, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { usePlanId } from '../plans/use-plan-id'
import { usePlan } from '../plans/use-plan-queries'
import { DeadlineCountdown } from './DeadlineCountdown'
import { formatDateTime } from './target-format'
import { usePlanTargets, useSubScopes, type TargetRow } from './targets-api'
import { TargetsTable } from './TargetsTable'
import { TargetUnitsDrawer } from './TargetUnitsDrawer'

const m = messages.targets
// The print view (Bản in): only the page's content, without the menu, header and buttons.
const PRINT_CSS = `@media print {
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; margin: 0 !important; padding: 0 !important; }
}`

/** /ke-hoach/:id/tien-do — where each target of a plan stands, per scope. */
export function TargetsPage() {
  const id = usePlanId()
  const plan = usePlan(id)
  const [scopeId, setScopeId] = useState<number | undefined>(undefined)
  const [open, setOpen] = useState<TargetRow | null>(null)
  const base = usePlanTargets(id)
  const targets = usePlanTargets(id, scopeId)
  const issuer = base.data?.scope
  const subScopes = useSubScopes(issuer?.id)
  useDocumentTitle(m.title)

  if (id <= 0) return <NotFoundPage />
  if (plan.isPending || targets.isPending) return <FullPageSpin />
  if (plan.isError) return <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />
  if (targets.isError)
    return <ErrorResult error={targets.error} onRetry={() => void targets.refetch()} />

  const data = targets.data
  const scopeOptions = [
    ...(issuer ? [{ value: issuer.id, label: m.issuer(issuer.name) }] : []),
    ...(subScopes.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
  ]
  return (
    <Flex vertical gap={16}>
      <style>{PRINT_CSS}</style>
      <Breadcrumb
        className="no-print"
        items={[
          { key: 'plans', title: <Link to="/ke-hoach">{messages.plans.title}</Link> },
          { key: 'plan', title: <Link to={`/ke-hoach/${id}`}>{plan.data.title}</Link> },
          { key: 'self', title: m.title },
        ]}
      />
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {m.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {[plan.data.title, data.scope.name, m.year(data.year)].join(' · ')}
          </Typography.Text>
        </div>
        <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {m.print}
        </Button>
      </Flex>
      <Flex wrap gap={16} align="stretch">
        <Card size="small" style={{ flex: '1 1 360px' }}>
          <Flex vertical gap={8}>
            <Flex align="center" gap={8} wrap>
              <Typography.Text strong>{m.scope}</Typography.Text>
              <Select
                aria-label={m.scopeLabel}
                style={{ minWidth: 280 }}
                value={scopeId ?? issuer?.id}
                options={scopeOptions}
                loading={subScopes.isPending && issuer !== undefined}
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(value: number) => setScopeId(value === issuer?.id ? undefined : value)}
              />
            </Flex>
            <Typography.Text>
              {m.dataAsOf}: <strong>{formatDateTime(data.dataAsOf)}</strong>
            </Typography.Text>
            <Typography.Text type="secondary">
              {m.computedAt}: {formatDateTime(data.computedAt)} · {m.drillHint}
            </Typography.Text>
          </Flex>
        </Card>
        <div style={{ flex: '0 1 320px' }}>
          <DeadlineCountdown plan={plan.data.definition} today={data.today} year={data.year} />
        </div>
      </Flex>
      <TargetsTable
        plan={plan.data.definition}
        items={data.items}
        loading={targets.isFetching}
        onOpen={setOpen}
      />
      <TargetUnitsDrawer
        planId={id}
        scopeUnitId={scopeId}
        target={open}
        onClose={() => setOpen(null)}
      />
    </Flex>
  )
}
