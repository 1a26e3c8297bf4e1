import { useState } from 'react'
import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { formatDateTimeVi } from '@antq/core'
import type { AuditEntry, AuditFilter } from '../../api/types'
import { useDebouncedValue } from '../../hooks/use-debounced-value'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { orDash } from '../../lib/format'
import { messages } from '../../messages/vi'
import { UnitLink } from '../units/UnitLink'
import { useAuditLog } from './use-audit-log'
import { AuditDiff } from './AuditDiff'
import { AuditFilters, EMPTY_FILTERS, type AuditFilterValues } from './AuditFilters'

const m = messages.audit

const columns: TableColumnsType<AuditEntry> = [
  {
    title: m.columns.at,
    dataIndex: 'at',
    width: 150,
    render: (value: string) => formatDateTimeVi(value),
  },
  { title: m.columns.actor, dataIndex: 'actor' },
  {
    title: m.columns.action,
    dataIndex: 'actionLabel',
    render: (value: string) => <Tag>{value}</Tag>,
  },
  {
    title: m.columns.unit,
    dataIndex: 'unit',
    render: (_value, entry) => <UnitLink unit={entry.unit} />,
  },
  { title: m.columns.reason, dataIndex: 'reason', render: (value: string | null) => orDash(value) },
]

export function AuditPage() {
  useDocumentTitle(m.title)
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_FILTERS)
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(50)
  const actor = useDebouncedValue(filters.actor.trim(), 300)
  const [from, to] = filters.range ?? [null, null]
  const filter: AuditFilter = {
    unitId: filters.unitId ?? undefined,
    actor: actor || undefined,
    from: from?.format('YYYY-MM-DD'),
    to: to?.format('YYYY-MM-DD'),
    page,
    pageSize,
  }
  const log = useAuditLog(filter)

  const changeFilters = (next: AuditFilterValues) => {
    setFilters(next)
    setPage(1)
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {m.title}
      </Typography.Title>
      <Card>
        <AuditFilters value={filters} onChange={changeFilters} />
      </Card>
      <Card>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={log.data?.items ?? []}
          loading={log.isFetching}
          locale={{ emptyText: log.isError ? log.error.message : messages.app.none }}
          expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
          scroll={{ x: true }}
          pagination={{
            current: page,
            pageSize,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            onChange: (nextPage, nextSize) => {
              setPage(nextSize === pageSize ? nextPage : 1)
              setPageSize(nextSize)
            },
          }}
        />
      </Card>
    </Flex>
  )
}
