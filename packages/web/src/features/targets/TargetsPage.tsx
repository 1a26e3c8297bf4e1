import { useState } from 'react'
import { Breadcrumb, Button, Card, Flex, Typography } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { usePlanId } from '../plans/use-plan-id'
import { usePlan } from '../plans/use-plan-queries'
import { DashboardFilters } from './DashboardFilters'
import { DeadlineCountdown } from './DeadlineCountdown'
import { ExportButton, ExportScopeContext } from './ExportButton'
import { LateUnitsSection } from './LateUnitsSection'
import { SubUnitsSection } from './SubUnitsSection'
import { TARGET_COLUMNS } from './target-export'
import { usePlanTargets, type TargetRow } from './targets-api'
import { TargetsTable } from './TargetsTable'
import { TargetUnitsDrawer } from './TargetUnitsDrawer'
import { useDashboardView } from './use-dashboard-view'

const m = messages.targets
// The print view (Bản in): only the page's content, without the menu, header and buttons.
const PRINT_CSS = `@media print {
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; margin: 0 !important; padding: 0 !important; }
}`

/** /ke-hoach/:id/tien-do?donVi=…&nam=… — where each target of a plan stands, per scope. */
export function TargetsPage() {
  const id = usePlanId()
  const plan = usePlan(id)
  const { view, setView } = useDashboardView()
  const [open, setOpen] = useState<TargetRow | null>(null)
  const base = usePlanTargets(id, { year: view.year })
  const targets = usePlanTargets(id, view)
  const issuer = base.data?.scope
  useDocumentTitle(m.title)

  if (id <= 0) return <NotFoundPage />
  if (plan.isPending || targets.isPending) return <FullPageSpin />
  if (plan.isError) return <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />
  if (targets.isError)
    return <ErrorResult error={targets.error} onRetry={() => void targets.refetch()} />

  const data = targets.data
  // Every query of the page asks for the year shown, once the server has chosen it.
  const shown = { scopeUnitId: view.scopeUnitId, year: data.year }
  const exportScope = { planTitle: plan.data.title, scopeName: data.scope.name, year: data.year }
  return (
    <ExportScopeContext value={exportScope}>
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
          <DashboardFilters data={data} issuer={issuer} view={view} onChange={setView} />
          <div style={{ flex: '0 1 320px' }}>
            <DeadlineCountdown plan={plan.data.definition} today={data.today} year={data.year} />
          </div>
        </Flex>
        <Card
          title={m.targetsTitle}
          extra={
            <ExportButton columns={TARGET_COLUMNS} rows={data.items} title={m.files.targets} />
          }
          styles={{ body: { padding: 0 } }}
        >
          <TargetsTable
            plan={plan.data.definition}
            items={data.items}
            loading={targets.isFetching}
            onOpen={setOpen}
          />
        </Card>
        <SubUnitsSection planId={id} view={shown} targets={data.items} />
        <LateUnitsSection key={data.year} planId={id} view={shown} />
        <TargetUnitsDrawer planId={id} view={shown} target={open} onClose={() => setOpen(null)} />
      </Flex>
    </ExportScopeContext>
  )
}
