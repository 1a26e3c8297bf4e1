import { Breadcrumb, Card, Descriptions, Flex, Input, Select, Typography } from 'antd'
import { ACTIVITY_AUDIENCES, ACTIVITY_KINDS, foldAccents, vietnamDateOf } from '@antq/core'
import { useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { activityMessages as m } from '../../messages/vi-activities'
import { useActivities } from './activities-api'
import { ActivityEntryForm } from './ActivityEntryForm'
import { ActivityTable } from './ActivityTable'

/** /don-vi/:id/hoat-dong?nam= — a unit's (or a plan scope's) activity log for a year. */
export function ActivitiesPage() {
  const { id: raw } = useParams()
  const id = /^\d+$/.test(raw ?? '') ? Number(raw) : 0
  const [params, setParams] = useSearchParams()
  const current = Number(vietnamDateOf(new Date()).slice(0, 4))
  const year = Number(params.get('nam') ?? '') || current
  const [kind, setKind] = useState<string>('')
  const [audience, setAudience] = useState<string>('')
  const [search, setSearch] = useState('')
  const activities = useActivities(id, year)
  useDocumentTitle(m.title)
  if (id <= 0) return <NotFoundPage />
  if (activities.isPending) return <FullPageSpin />
  if (activities.isError)
    return <ErrorResult error={activities.error} onRetry={() => void activities.refetch()} />
  const data = activities.data
  const needle = foldAccents(search)
  const items = data.items.filter(
    (item) =>
      (!kind || item.kind === kind) &&
      (!audience || item.audience === audience) &&
      (!needle || foldAccents(`${item.title} ${item.unitName}`).includes(needle)),
  )
  const figures = Object.entries(data.figures).filter(([, value]) => value !== null)
  return (
    <Flex vertical gap={16} style={{ maxWidth: '100%', overflowX: 'hidden' }}>
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
      {data.canEnter ? (
        <Card title={m.add} size="small">
          <ActivityEntryForm unitId={id} data={data} />
        </Card>
      ) : (
        <Typography.Text type="secondary">{m.cannotEnter}</Typography.Text>
      )}
      <Card title={m.figures} size="small">
        <Descriptions
          column={1}
          size="small"
          items={figures.map(([key, value]) => ({
            key,
            label: m.figureLabels[key] ?? key,
            children: value,
          }))}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {m.assumption}
        </Typography.Paragraph>
      </Card>
      <Flex gap={8} wrap>
        <Select
          aria-label={m.year}
          value={year}
          style={{ width: 100 }}
          options={Array.from({ length: 6 }, (_, i) => ({
            value: current - i,
            label: current - i,
          }))}
          onChange={(next: number) => setParams({ nam: String(next) })}
        />
        <Select
          aria-label={m.kind}
          value={kind}
          style={{ minWidth: 160, flex: 1 }}
          options={[
            { value: '', label: m.allKinds },
            ...ACTIVITY_KINDS.map((each) => ({ value: each.id, label: each.label })),
          ]}
          onChange={setKind}
        />
        <Select
          aria-label={m.audience}
          value={audience}
          style={{ minWidth: 160, flex: 1 }}
          options={[
            { value: '', label: m.allAudiences },
            ...ACTIVITY_AUDIENCES.map((each) => ({ value: each.id, label: each.label })),
          ]}
          onChange={setAudience}
        />
        <Input.Search
          aria-label={m.search}
          placeholder={m.search}
          allowClear
          onChange={(event) => setSearch(event.target.value)}
          style={{ minWidth: 200, flex: 2 }}
        />
      </Flex>
      <ActivityTable unitId={id} items={items} canWithdraw={data.canEnter} />
    </Flex>
  )
}
