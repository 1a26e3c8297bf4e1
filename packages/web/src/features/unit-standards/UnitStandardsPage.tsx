import { Breadcrumb, Card, Flex, Select, Table, Tag, Typography } from 'antd'
import { compareVi, formatDateVi, STANDARD_STATUS_LABELS, type StandardStatus } from '@antq/core'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { unitStandardsMessages as m } from '../../messages/vi-unit-standards'
import { useScopeStandards, useUnitStandards, type UnitStandardsView } from './unit-standards-api'
import { UnitStandardForm } from './UnitStandardForm'

const COLORS: Record<string, string> = { dat: 'green', khong_dat: 'orange', thu_hoi: 'red' }
const date = (value: string | null) => (value ? formatDateVi(value) : messages.app.empty)
const StatusTag = ({ status }: { status: string | null }) =>
  status ? (
    <Tag color={COLORS[status]}>{STANDARD_STATUS_LABELS[status as StandardStatus] ?? status}</Tag>
  ) : (
    <Typography.Text type="secondary">{m.none}</Typography.Text>
  )
type Decided = { decisionNumber: string | null; decisionDate: string | null }
const decision = (row: Decided & { decisionIssuer: string | null }) =>
  row.decisionNumber
    ? `${row.decisionNumber} ngày ${date(row.decisionDate)} — ${row.decisionIssuer ?? ''}`
    : messages.app.empty

/** /don-vi/:id/tieu-chuan — a unit's 19.2 evaluations and recognised standards, and its scope's. */
export function UnitStandardsPage() {
  const { id: raw } = useParams()
  const id = /^\d+$/.test(raw ?? '') ? Number(raw) : 0
  const standards = useUnitStandards(id)
  useDocumentTitle(m.title)
  if (id <= 0) return <NotFoundPage />
  if (standards.isPending) return <FullPageSpin />
  if (standards.isError)
    return <ErrorResult error={standards.error} onRetry={() => void standards.refetch()} />
  const data = standards.data
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
      {data.kinds.length > 0 && <Current data={data} />}
      {data.kinds.length > 0 && (
        <Card size="small" title={m.recordTitle}>
          <UnitStandardForm data={data} />
        </Card>
      )}
      {data.records.length > 0 && <Records data={data} />}
      {['province', 'district'].includes(data.unit.kind) && <Scope unitId={id} />}
    </Flex>
  )
}

function Current({ data }: { data: UnitStandardsView }) {
  return (
    <Card size="small" title={`${m.current} (${date(data.today)})`}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.kinds}
        columns={[
          {
            title: m.kind,
            render: (_, row) => (
              <Flex vertical>
                {row.label}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[row.decisionRequired && m.needsDecision, row.requires && m.requires]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: m.status, render: (_, row) => <StatusTag status={row.inForce} /> },
        ]}
      />
    </Card>
  )
}

function Records({ data }: { data: UnitStandardsView }) {
  return (
    <Card size="small" title={m.records}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10 }}
        dataSource={data.records}
        columns={[
          { title: m.kind, dataIndex: 'kindLabel' },
          { title: m.status, render: (_, row) => <StatusTag status={row.status} /> },
          { title: m.validFrom, render: (_, row) => date(row.validFrom) },
          { title: m.validTo, render: (_, row) => date(row.validTo) },
          { title: m.decision, render: (_, row) => decision(row) },
          { title: m.enteredBy, dataIndex: 'enteredBy' },
        ]}
      />
    </Card>
  )
}

function Scope({ unitId }: { unitId: number }) {
  const [kind, setKind] = useState<string>('')
  const scope = useScopeStandards(unitId, true)
  const kinds = [...new Map((scope.data?.records ?? []).map((row) => [row.kind, row.kindLabel]))]
  const rows = (scope.data?.records ?? []).filter((row) => !kind || row.kind === kind)
  return (
    <Card
      size="small"
      title={m.scope}
      extra={
        <Select
          value={kind}
          style={{ width: 320 }}
          aria-label={m.filterKind}
          options={[
            { value: '', label: m.all },
            ...kinds.map(([value, label]) => ({ value, label })),
          ]}
          onChange={setKind}
        />
      }
    >
      <Table
        size="small"
        rowKey="id"
        loading={scope.isPending}
        pagination={{ pageSize: 20 }}
        dataSource={rows}
        columns={[
          {
            title: m.unit,
            render: (_, row) => (
              <Link to={`/don-vi/${row.unit.id}/tieu-chuan`}>{row.unit.name}</Link>
            ),
            sorter: (a, b) => compareVi(a.unit.name, b.unit.name),
          },
          { title: m.kind, dataIndex: 'kindLabel' },
          { title: m.status, render: (_, row) => <StatusTag status={row.status} /> },
          { title: m.validFrom, render: (_, row) => date(row.validFrom) },
          { title: m.decision, render: (_, row) => decision(row) },
        ]}
      />
    </Card>
  )
}
