import { useState } from 'react'
import { Input, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { UNIT_KIND_LABELS, type UnitVersion } from '@antq/core'
import { Link } from 'react-router'
import type { UnitSummary } from '../../api/types'
import { useDebouncedValue } from '../../hooks/use-debounced-value'
import { messages } from '../../messages/vi'
import { MIN_SEARCH_LENGTH, useUnitSearch } from './use-unit-queries'

const columns: TableColumnsType<UnitSummary> = [
  {
    title: messages.units.columns.name,
    dataIndex: 'name',
    render: (_value, unit) => <Link to={`/don-vi/${unit.id}`}>{unit.name}</Link>,
  },
  {
    title: messages.units.columns.kind,
    dataIndex: 'kind',
    render: (_value, unit) => <Tag>{UNIT_KIND_LABELS[unit.kind]}</Tag>,
  },
  { title: messages.units.columns.code, dataIndex: 'code' },
  { title: messages.units.columns.trail, dataIndex: 'trail' },
]

/** Debounced, accent-insensitive unit search: "bac quang" finds "Xã Bắc Quang". */
export function UnitSearch({ version }: { version: UnitVersion }) {
  const [text, setText] = useState('')
  const query = useDebouncedValue(text.trim(), 300)
  const search = useUnitSearch(query, version)
  const active = text.trim().length >= MIN_SEARCH_LENGTH

  return (
    <section aria-label={messages.units.searchResults}>
      <Input
        aria-label={messages.units.searchLabel}
        placeholder={messages.units.searchPlaceholder}
        prefix={<SearchOutlined />}
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        style={{ marginBottom: 8 }}
      />
      {text.trim().length > 0 && !active && (
        <Typography.Text type="secondary">{messages.units.searchTooShort}</Typography.Text>
      )}
      {active && (
        <Table<UnitSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={query.length >= MIN_SEARCH_LENGTH ? (search.data ?? []) : []}
          loading={search.isFetching || query !== text.trim()}
          pagination={false}
          locale={{ emptyText: search.isError ? search.error.message : messages.units.searchEmpty }}
          scroll={{ x: true }}
        />
      )}
    </section>
  )
}
