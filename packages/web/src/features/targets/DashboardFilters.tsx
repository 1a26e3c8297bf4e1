import { Card, Flex, Select, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { messages } from '../../messages/vi'
import { formatDateTime } from './target-format'
import type { DashboardView, PlanTargets } from './targets-api'
import { useSubScopes } from './targets-api'

const m = messages.targets

/** Scope and year of the dashboard, with "data as of" and the date statuses are judged on. */
export function DashboardFilters({
  data,
  issuer,
  view,
  onChange,
}: {
  data: PlanTargets
  issuer: PlanTargets['scope'] | undefined
  view: DashboardView
  onChange: (change: Partial<DashboardView>) => void
}) {
  const subScopes = useSubScopes(issuer?.id)
  const scopeOptions = [
    ...(issuer ? [{ value: issuer.id, label: m.issuer(issuer.name) }] : []),
    ...(subScopes.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
  ]
  // A scope reached through the ranking (deeper than the issuer's children) is listed too.
  if (!scopeOptions.some((option) => option.value === data.scope.id))
    scopeOptions.push({ value: data.scope.id, label: data.scope.name })
  const withData = new Set(data.yearsWithData)
  return (
    <Card size="small" style={{ flex: '1 1 360px' }}>
      <Flex vertical gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text strong>{m.scope}</Typography.Text>
          <Select
            aria-label={m.scopeLabel}
            style={{ minWidth: 280 }}
            value={view.scopeUnitId ?? issuer?.id}
            options={scopeOptions}
            loading={subScopes.isPending && issuer !== undefined}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(value: number) =>
              onChange({ scopeUnitId: value === issuer?.id ? undefined : value })
            }
          />
          <Select
            aria-label={m.yearLabel}
            style={{ minWidth: 200 }}
            value={data.year}
            options={[...data.years].reverse().map((year) => ({
              value: year,
              label: m.yearOption(year, withData.has(year)),
            }))}
            onChange={(year: number) => onChange({ year })}
          />
        </Flex>
        <Typography.Text>
          {m.dataAsOf}: <strong>{formatDateTime(data.dataAsOf)}</strong>
        </Typography.Text>
        <Typography.Text type="secondary">
          {m.statusDate(formatDateVi(data.statusDate))} · {m.computedAt}:{' '}
          {formatDateTime(data.computedAt)}
        </Typography.Text>
        <Typography.Text type="secondary" className="no-print">
          {m.drillHint}
        </Typography.Text>
      </Flex>
    </Card>
  )
}
