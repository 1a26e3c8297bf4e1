import { Breadcrumb, Card, Flex, Select, Table, Tag, Typography } from 'antd'
import { formatDateTimeVi, vietnamDateOf } from '@antq/core'
import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { crimeStatisticsMessages as m } from '../../messages/vi-crime-statistics'
import { useCrimeStatistics, type CrimeStatisticsYear } from './crime-statistics-api'
import { CrimeStatisticsFilePanel } from './CrimeStatisticsFilePanel'
import { CrimeStatisticsMonthForm } from './CrimeStatisticsMonthForm'

/** /don-vi/:id/so-lieu-toi-pham?nam=&thang= — a commune's or district's monthly crime figures. */
export function CrimeStatisticsPage() {
  const { id: raw } = useParams()
  const id = /^\d+$/.test(raw ?? '') ? Number(raw) : 0
  const [params, setParams] = useSearchParams()
  const today = vietnamDateOf(new Date())
  const year = Number(params.get('nam') ?? '') || Number(today.slice(0, 4))
  const statistics = useCrimeStatistics(id, year)
  useDocumentTitle(m.title)
  if (id <= 0) return <NotFoundPage />
  if (statistics.isPending) return <FullPageSpin />
  if (statistics.isError)
    return <ErrorResult error={statistics.error} onRetry={() => void statistics.refetch()} />
  const data = statistics.data
  const begun = data.months.filter((month) => month.begun)
  const chosen =
    data.months.find((month) => month.month === params.get('thang')) ??
    begun.at(-1) ??
    data.months[0]
  const current = Number(today.slice(0, 4))
  const choose = (next: Record<string, string>) =>
    setParams({ nam: String(year), ...(chosen ? { thang: chosen.month } : {}), ...next })
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { key: 'units', title: <Link to="/don-vi">{messages.units.title}</Link> },
          { key: 'unit', title: <Link to={`/don-vi/${id}`}>{data.unit.name}</Link> },
          { key: 'self', title: m.title },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {m.title} – {data.unit.name}
      </Typography.Title>
      <Typography.Text type="secondary">{m.intro}</Typography.Text>
      <Flex gap={16} wrap align="center">
        <label>
          {m.year}{' '}
          <Select
            value={year}
            style={{ width: 110 }}
            options={Array.from({ length: 6 }, (_, i) => ({
              value: current - i,
              label: current - i,
            }))}
            onChange={(next: number) => setParams({ nam: String(next) })}
          />
        </label>
        <label>
          {m.month}{' '}
          <Select
            value={chosen?.month}
            style={{ width: 160 }}
            options={data.months.map((month) => ({
              value: month.month,
              label: `${month.label}${month.locked ? ' (đã khóa)' : ''}`,
            }))}
            onChange={(next: string) => choose({ thang: next })}
          />
        </label>
      </Flex>
      {chosen && (
        <Card size="small" title={`${m.month} ${chosen.label}`}>
          <CrimeStatisticsMonthForm
            key={`${chosen.month}:${chosen.version}`}
            data={data}
            month={chosen}
          />
        </Card>
      )}
      <YearTotals data={data} />
      <CrimeStatisticsFilePanel unitId={id} year={year} canEnter={data.canEnter} />
      <History data={data} />
    </Flex>
  )
}

function YearTotals({ data }: { data: CrimeStatisticsYear }) {
  const rows = data.kinds.map((kind) => ({ ...kind, value: data.totals[kind.id] ?? null }))
  return (
    <Card
      size="small"
      title={`${m.totals} ${data.year}`}
      extra={<Typography.Text type="secondary">{m.totalsHint}</Typography.Text>}
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: m.kind, dataIndex: 'label' },
          {
            title: m.value,
            align: 'right',
            render: (_, row) =>
              row.value === null ? messages.app.empty : `${row.value} ${row.unit}`,
          },
        ]}
      />
    </Card>
  )
}

function History({ data }: { data: CrimeStatisticsYear }) {
  const c = m.historyColumns
  const labelOf = (kind: string) => data.kinds.find((each) => each.id === kind)?.label ?? kind
  return (
    <Card size="small" title={m.history}>
      <Table
        size="small"
        rowKey={(row) => `${row.at}:${row.month}:${row.kind}`}
        pagination={{ pageSize: 10 }}
        dataSource={data.history}
        columns={[
          { title: c.at, render: (_, row) => formatDateTimeVi(row.at) },
          { title: c.month, render: (_, row) => `${row.month.slice(5)}/${row.month.slice(0, 4)}` },
          { title: c.kind, render: (_, row) => labelOf(row.kind) },
          {
            title: c.change,
            render: (_, row) => `${row.before ?? messages.app.empty} → ${row.after}`,
          },
          { title: c.by, dataIndex: 'by' },
          {
            title: c.reason,
            render: (_, row) => (
              <>
                {row.afterLock && <Tag>{m.afterLock}</Tag>}
                {row.reason}
              </>
            ),
          },
        ]}
      />
    </Card>
  )
}
