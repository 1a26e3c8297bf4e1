import { useState } from 'react'
import { Drawer, Flex, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { UNIT_KIND_LABELS } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { messages } from '../../messages/vi'
import { ExportButton } from './ExportButton'
import { UNIT_COLUMNS } from './target-export'
import {
  useTargetUnits,
  type DashboardView,
  type DrillStatus,
  type TargetRow,
  type TargetUnit,
} from './targets-api'

const m = messages.targets.units
type Filter = DrillStatus | 'all'

const columns: TableColumnsType<TargetUnit> = [
  { key: 'name', title: m.name, render: (_value, row) => row.unit.name },
  { key: 'code', title: m.code, render: (_value, row) => row.unit.code },
  { key: 'kind', title: m.kind, render: (_value, row) => UNIT_KIND_LABELS[row.unit.kind] },
  {
    key: 'met',
    title: m.met,
    render: (_value, row) =>
      row.met ? <Tag color="green">{m.yes}</Tag> : <Tag color="red">{m.no}</Tag>,
  },
]

/** The units behind a target's numbers, filterable by met / not met, exportable to XLSX. */
export function TargetUnitsDrawer({
  planId,
  view,
  target,
  onClose,
}: {
  planId: number
  view: DashboardView
  target: TargetRow | null
  onClose: () => void
}) {
  const [filter, setFilter] = useState<Filter>('all')
  const status = filter === 'all' ? undefined : filter
  const units = useTargetUnits(planId, target?.targetId ?? null, view, status)
  const items = units.data?.items ?? []

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={720}
      title={target ? m.title(`${target.source} ${target.label}`) : ''}
      extra={
        <ExportButton
          columns={UNIT_COLUMNS}
          rows={items}
          title={messages.targets.files.units(target ? `${target.source} ${target.label}` : '')}
          disabled={items.length === 0 || units.isFetching}
        />
      }
    >
      {units.isError ? (
        <ErrorResult error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Segmented<Filter>
              aria-label={m.filter}
              value={filter}
              onChange={setFilter}
              options={[
                { value: 'all', label: m.all },
                { value: 'met', label: m.yes },
                { value: 'not_met', label: m.no },
              ]}
            />
            {units.data && (
              <Typography.Text type="secondary">
                {m.total(items.length, units.data.total)}
              </Typography.Text>
            )}
          </Flex>
          <Table<TargetUnit>
            rowKey={(row) => row.unit.id}
            size="small"
            columns={columns}
            dataSource={items}
            loading={units.isFetching}
            locale={{ emptyText: m.empty }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          />
        </Flex>
      )}
    </Drawer>
  )
}
