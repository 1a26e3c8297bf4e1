import { Breadcrumb, Button, Flex, Input, Select, Table, Tag, Typography } from 'antd'
import { compareVi, foldAccents, vietnamDateOf } from '@antq/core'
import { useMemo, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { modelMessages as m } from '../../messages/vi-models'
import { ModelDrawer } from './ModelDrawer'
import { ModelFormModal } from './ModelFormModal'
import { useUnitModels, type ModelRow } from './models-api'

const RATING_COLORS: Record<string, string> = {
  tot: 'success',
  kha: 'processing',
  trung_binh: 'warning',
  yeu: 'error',
}

/** /don-vi/:id/mo-hinh?nam= — the unit's model register: list, search, register, open one. */
export function ModelsPage() {
  const { id: raw } = useParams()
  const id = /^\d+$/.test(raw ?? '') ? Number(raw) : 0
  const [params, setParams] = useSearchParams()
  const current = Number(vietnamDateOf(new Date()).slice(0, 4))
  const year = Number(params.get('nam') ?? '') || current
  const list = useUnitModels(id, year)
  const [search, setSearch] = useState('')
  const [creating, setCreating] = useState(false)
  const [open, setOpen] = useState<number | null>(null)
  useDocumentTitle(m.title)
  const rows = useMemo(() => {
    const needle = foldAccents(search.trim()).toLowerCase()
    return [...(list.data?.models ?? [])]
      .filter((row) =>
        foldAccents(`${row.name} ${row.typeLabel} ${row.host.name}`).toLowerCase().includes(needle),
      )
      .sort((a, b) => compareVi(a.name, b.name))
  }, [list.data, search])
  if (id <= 0) return <NotFoundPage />
  if (list.isPending) return <FullPageSpin />
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
  const data = list.data
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
      <Typography.Text type="secondary">{m.assumption}</Typography.Text>
      <Flex gap={12} wrap align="center">
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
        <Input.Search
          allowClear
          aria-label={m.search}
          placeholder={m.search}
          style={{ maxWidth: 360 }}
          onChange={(event) => setSearch(event.target.value)}
        />
        {data.canRecord && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {m.create}
          </Button>
        )}
      </Flex>
      <Table<ModelRow>
        size="small"
        rowKey="id"
        scroll={{ x: true }}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: m.empty }}
        onRow={(row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: m.columns.name,
            render: (_, row) => (
              <Typography.Link onClick={() => setOpen(row.id)}>{row.name}</Typography.Link>
            ),
          },
          { title: m.columns.type, render: (_, row) => `${row.typeLabel} (${row.bodyLabel})` },
          { title: m.columns.host, render: (_, row) => row.host.name },
          { title: m.columns.spread, render: (_, row) => `${row.siteCount} / ${row.teamCount}` },
          { title: m.columns.zalo, render: (_, row) => row.zaloGroup ?? messages.app.empty },
          {
            title: m.columns.rating,
            render: (_, row) => (
              <>
                <Tag color={row.rating ? RATING_COLORS[row.rating] : 'default'}>
                  {row.ratingLabel ?? m.notRated}
                </Tag>
                {row.effective && <Tag color="success">{m.effective}</Tag>}
              </>
            ),
          },
          { title: m.columns.status, render: (_, row) => m.status[row.status] },
        ]}
      />
      {creating && (
        <ModelFormModal unitId={id} onClose={() => setCreating(false)} onSaved={setOpen} />
      )}
      {open !== null && <ModelDrawer id={open} year={year} onClose={() => setOpen(null)} />}
    </Flex>
  )
}
