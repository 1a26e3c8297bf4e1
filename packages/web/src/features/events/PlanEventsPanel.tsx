// A plan's events for a year (Ngày hội, Diễn đàn): each with its clause, window, how many of the
// units that must hold one have, the records, and — for the plan owner — who has not yet, with
// the managing unit to chase. Recording opens the form; a record opens its detail and photos.
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { useState } from 'react'
import { eventMessages as m } from '../../messages/vi-events'
import { allows } from '../../lib/permissions'
import { useAccount } from '../auth/use-account'
import { EventDetailModal } from './EventDetailModal'
import { EventRecordModal } from './EventRecordModal'
import { usePlanEvents, type PlanEventItem } from './events-api'

const STANDING_COLORS: Record<string, string> = {
  held: 'success',
  held_late: 'warning',
  pending: 'default',
  late: 'error',
}

export function PlanEventsPanel({ planId, year }: { planId: number; year?: number }) {
  const overview = usePlanEvents(planId, year)
  const account = useAccount()
  const [recording, setRecording] = useState(false)
  const [shown, setShown] = useState<number | null>(null)
  const data = overview.data
  if (!data) return null
  if (data.events.length === 0) return <Empty description={m.none} />
  // Who the actor may record for: the units still to hold one, or their own unit.
  const own = account.scopeUnit ? [{ id: account.scopeUnit.id, name: account.scopeUnit.name }] : []
  const notHeld = data.events.flatMap((event) => event.notHeld.map((row) => row.unit))
  const units = [...new Map([...own, ...notHeld].map((unit) => [unit.id, unit])).values()]
  return (
    <Flex vertical gap={12}>
      {(allows(account, 'campaign:report') || allows(account, 'campaign:review')) && (
        <Flex justify="end">
          <Button type="primary" onClick={() => setRecording(true)}>
            {m.record}
          </Button>
        </Flex>
      )}
      {data.events.map((event) => (
        <EventCard key={event.id} event={event} onShow={setShown} />
      ))}
      {recording && (
        <EventRecordModal
          planId={planId}
          year={data.year}
          events={data.events}
          units={units}
          onClose={(id) => {
            setRecording(false)
            if (id !== undefined) setShown(id)
          }}
        />
      )}
      {shown !== null && <EventDetailModal eventId={shown} onClose={() => setShown(null)} />}
    </Flex>
  )
}

function EventCard({ event, onShow }: { event: PlanEventItem; onShow: (id: number) => void }) {
  return (
    <Card size="small" title={`${event.source} — ${event.label}`} data-testid={`event-${event.id}`}>
      <Flex vertical gap={8}>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }}>
          {event.text}
        </Typography.Paragraph>
        <Typography.Text strong>{m.window(event.window.from, event.window.to)}</Typography.Text>
        {event.basis && (
          <Typography.Text>
            {m.basis}: {event.basis}
          </Typography.Text>
        )}
        <Typography.Text>
          {event.levels.map((level) => m.levels[level]).join(', ')} ·{' '}
          <span data-testid="held-count">{m.heldCount(event.held, event.due)}</span>
        </Typography.Text>
        <Typography.Title level={5}>{m.records}</Typography.Title>
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={event.records}
          onRow={(row) => ({ onClick: () => onShow(row.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: m.columns.unit, render: (_, row) => row.unit.name },
            {
              title: m.columns.heldOn,
              render: (_, row) => (
                <>
                  {formatDateVi(row.heldOn)}{' '}
                  <Tag color={row.inWindow ? 'success' : 'warning'}>
                    {row.inWindow ? m.inWindow : m.outsideWindow}
                  </Tag>
                </>
              ),
            },
            { title: m.columns.title, dataIndex: 'title' },
            { title: m.columns.participants, dataIndex: 'participants' },
            { title: m.columns.models, render: (_, row) => row.models.join('; ') },
          ]}
        />
        <Typography.Title level={5}>
          {m.notHeld} ({event.notHeld.length})
        </Typography.Title>
        <Table
          size="small"
          rowKey={(row) => row.unit.id}
          data-testid={`not-held-${event.id}`}
          locale={{ emptyText: m.allHeld }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={event.notHeld}
          columns={[
            { title: m.columns.unit, render: (_, row) => row.unit.name },
            { title: m.columns.managingUnit, render: (_, row) => row.managingUnit?.name ?? '—' },
            {
              title: m.columns.standing,
              render: (_, row) => (
                <Tag color={STANDING_COLORS[row.standing]}>{m.standing[row.standing]}</Tag>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  )
}
