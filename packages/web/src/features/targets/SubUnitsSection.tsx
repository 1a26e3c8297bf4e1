import { useState } from 'react'
import { Card, Empty, Flex, Select, Table, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { formatNumber } from '../../lib/format'
import { messages } from '../../messages/vi'
import { ExportButton } from './ExportButton'
import { SubUnitBarChart } from './SubUnitBarChart'
import { RANKING_COLUMNS } from './target-export'
import { formatPercent } from './target-format'
import { TargetStatusTag } from './TargetStatusTag'
import type { DashboardView, TargetRow } from './targets-api'
import { useSubUnitValues, type RankedSubUnit } from './targets-dashboard-api'
import { dashboardSearch } from './use-dashboard-view'

const m = messages.targets.subUnits

function columnsFor(year: number | undefined): TableColumnsType<RankedSubUnit> {
  return [
    { key: 'rank', title: m.rank, width: 70, align: 'right', render: (_v, row) => row.rank ?? '' },
    {
      key: 'unit',
      title: m.unit,
      render: (_v, row) => (
        <Link to={{ search: dashboardSearch({ scopeUnitId: row.unit.id, year }) }} title={m.open}>
          {row.unit.name}
        </Link>
      ),
    },
    {
      key: 'counts',
      title: messages.targets.columns.counts,
      align: 'right',
      render: (_v, row) => `${formatNumber(row.numerator)} / ${formatNumber(row.denominator)}`,
    },
    {
      key: 'value',
      title: m.value,
      align: 'right',
      render: (_v, row) =>
        row.denominator === null ? formatNumber(row.value) : formatPercent(row.value),
    },
    {
      key: 'status',
      title: m.status,
      render: (_v, row) => <TargetStatusTag status={row.status} />,
    },
  ]
}

/** A target as the select shows it ("1.2 Tỷ lệ …"), for an export's title. */
export function labelOf(targets: readonly TargetRow[], targetId: string | null): string {
  const target = targets.find((item) => item.targetId === targetId)
  return target ? `${target.source} ${target.label}` : ''
}

/** The first target in trouble (missed, then at risk), else the first target. */
function defaultTarget(items: TargetRow[]): string | null {
  const pick =
    items.find((item) => item.status === 'missed') ??
    items.find((item) => item.status === 'at_risk') ??
    items[0]
  return pick?.targetId ?? null
}

/** A target across the scope's direct sub-units: a bar chart and the ranking, linking down. */
export function SubUnitsSection({
  planId,
  view,
  targets,
}: {
  planId: number
  view: DashboardView
  targets: TargetRow[]
}) {
  const [chosen, setChosen] = useState<string | null>(null)
  const targetId =
    chosen && targets.some((item) => item.targetId === chosen) ? chosen : defaultTarget(targets)
  const values = useSubUnitValues(planId, targetId, view)
  const items = values.data?.items ?? []
  return (
    <Card
      title={m.title}
      extra={
        <ExportButton
          columns={RANKING_COLUMNS}
          rows={items}
          title={messages.targets.files.ranking(labelOf(targets, targetId))}
        />
      }
    >
      <Flex vertical gap={16}>
        <Select
          aria-label={m.targetLabel}
          style={{ maxWidth: 640, width: '100%' }}
          value={targetId}
          onChange={setChosen}
          showSearch={{ optionFilterProp: 'label' }}
          options={targets.map((item) => ({
            value: item.targetId,
            label: `${item.source} ${item.label}`,
          }))}
        />
        {values.isError ? (
          <ErrorResult error={values.error} onRetry={() => void values.refetch()} />
        ) : values.data && items.length === 0 ? (
          <Empty description={m.empty} />
        ) : (
          <>
            {values.data && <SubUnitBarChart data={values.data} />}
            <Table<RankedSubUnit>
              aria-label={m.title}
              rowKey={(row) => row.unit.id}
              size="small"
              columns={columnsFor(values.data?.year)}
              dataSource={items}
              loading={values.isFetching}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            />
          </>
        )}
      </Flex>
    </Card>
  )
}
