import { useMemo, useState } from 'react'
import { Button, Card, Flex, Input, Table, Typography, type TableColumnsType } from 'antd'
import { SearchOutlined, UploadOutlined } from '@ant-design/icons'
import { compareVi } from '@antq/core'
import { Link } from 'react-router'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { matchesPlan, orDash, toPlanRow, type PlanRow } from './plan-rows'
import { PlanImportModal } from './PlanImportModal'
import { PlanStatusTag } from './PlanStatusTag'
import { usePlans } from './use-plan-queries'

const m = messages.plans
const c = m.columns
const byText = (pick: (row: PlanRow) => string | null) => (a: PlanRow, b: PlanRow) =>
  compareVi(pick(a) ?? '', pick(b) ?? '')

const columns: TableColumnsType<PlanRow> = [
  {
    title: c.title,
    dataIndex: 'title',
    sorter: byText((row) => row.title),
    render: (title: string, row) => <Link to={`/ke-hoach/${row.id}`}>{title}</Link>,
  },
  { title: c.issuer, dataIndex: 'issuerName', sorter: byText((row) => row.issuerName) },
  {
    title: c.number,
    dataIndex: 'numberText',
    render: (numberText: string, row) => (
      <>
        <div style={{ whiteSpace: 'nowrap' }}>{numberText}</div>
        {row.dateText && <Typography.Text type="secondary">{row.dateText}</Typography.Text>}
      </>
    ),
  },
  { title: c.kind, dataIndex: 'kindLabel', sorter: byText((row) => row.kindLabel), render: orDash },
  {
    title: c.version,
    dataIndex: 'version',
    align: 'right',
    sorter: (a, b) => a.version - b.version,
  },
  {
    title: c.status,
    dataIndex: 'status',
    sorter: byText((row) => row.statusLabel),
    render: (_value, row) => <PlanStatusTag status={row.status} />,
  },
]

/** /ke-hoach — every plan the account may see, latest version each, in Vietnamese order. */
export function PlansPage() {
  useDocumentTitle(m.title)
  const account = useAccount()
  const plans = usePlans()
  const [query, setQuery] = useState('')
  const [importing, setImporting] = useState(false)
  const rows = useMemo(
    () =>
      (plans.data ?? [])
        .map(toPlanRow)
        .filter((row) => matchesPlan(row, query))
        .sort(byText((row) => row.title)),
    [plans.data, query],
  )
  const empty = plans.isError ? plans.error.message : query.trim() ? m.searchEmpty : m.empty

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        {allows(account, 'plans:write') && (
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {messages.planImport.open}
          </Button>
        )}
      </Flex>
      <Card>
        <Input
          aria-label={m.searchLabel}
          placeholder={m.searchPlaceholder}
          prefix={<SearchOutlined />}
          allowClear
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ maxWidth: 480, marginBottom: 16 }}
        />
        <Table<PlanRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={plans.isFetching}
          locale={{ emptyText: empty }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
        />
      </Card>
      <PlanImportModal open={importing} onClose={() => setImporting(false)} />
    </Flex>
  )
}
