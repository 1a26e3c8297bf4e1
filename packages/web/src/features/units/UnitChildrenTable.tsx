import { useState } from 'react'
import { Table, type TableColumnsType } from 'antd'
import { UNIT_KIND_LABELS, subtypeLabel } from '@antq/core'
import { Link } from 'react-router'
import type { UnitSummary } from '../../api/types'
import { formatNumber } from '../../lib/format'
import { messages } from '../../messages/vi'
import { useUnitChildren } from './use-unit-queries'

const c = messages.units.columns

const columns: TableColumnsType<UnitSummary> = [
  {
    title: c.name,
    dataIndex: 'name',
    render: (_value, unit) => <Link to={`/don-vi/${unit.id}`}>{unit.name}</Link>,
  },
  {
    title: c.kind,
    dataIndex: 'kind',
    render: (_value, unit) => subtypeLabel(unit.kind, unit.subtype) ?? UNIT_KIND_LABELS[unit.kind],
  },
  { title: c.code, dataIndex: 'code' },
  {
    title: c.children,
    dataIndex: 'childCount',
    align: 'right',
    render: (value: number) => formatNumber(value),
  },
]

/** The unit's direct children, paged on the server (already in Vietnamese order). */
export function UnitChildrenTable({ unitId }: { unitId: number }) {
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(20)
  const children = useUnitChildren(unitId, page, pageSize)

  return (
    <Table<UnitSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={children.data?.items ?? []}
      loading={children.isFetching}
      locale={{ emptyText: children.isError ? children.error.message : messages.app.none }}
      scroll={{ x: true }}
      pagination={{
        current: page,
        pageSize,
        total: children.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        hideOnSinglePage: false,
        onChange: (nextPage, nextSize) => {
          setPage(nextSize === pageSize ? nextPage : 1)
          setPageSize(nextSize)
        },
      }}
    />
  )
}
