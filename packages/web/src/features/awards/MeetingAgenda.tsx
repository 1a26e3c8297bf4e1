import { Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'
import type { AgendaItem, MeetingView } from './awards-types'
import { useAgendaCandidates, useRecordVote, useSetAgenda } from './councils-api'

type Props = { meeting: MeetingView; manage: boolean }

/** The appraised nominations on the agenda, each with its vote tally (or the entry for it). */
export function MeetingAgenda({ meeting, manage }: Props) {
  const candidates = useAgendaCandidates(meeting.id, manage)
  const setAgenda = useSetAgenda(meeting.id)
  const vote = useRecordVote(meeting.id)
  const [picked, setPicked] = useState<number[]>([])
  const onAgenda = new Set(meeting.agenda.map((item) => item.nominationId))
  const open = (candidates.data?.items ?? []).filter((item) => !onAgenda.has(item.nominationId))
  const nominee = (item: AgendaItem) => (
    <Link to={`/khen-thuong/de-nghi/${item.nominationId}`}>
      {item.name} — {item.unitOrPosition}
    </Link>
  )
  return (
    <Card size="small" title={m.meeting.agenda} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={setAgenda.error ?? vote.error} />
      <Table<AgendaItem>
        rowKey="nominationId"
        size="small"
        pagination={false}
        dataSource={meeting.agenda}
        columns={[
          { title: m.list.nominee, render: (_, item) => nominee(item) },
          { title: m.list.proposing, dataIndex: 'proposingUnit' },
          {
            title: m.meeting.votes,
            render: (_, item) => (
              <VoteCell meeting={meeting} item={item} manage={manage} vote={vote} />
            ),
          },
        ]}
      />
      {manage && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {m.meeting.candidates}
          </Typography.Title>
          <Table<AgendaItem>
            rowKey="nominationId"
            size="small"
            pagination={false}
            loading={candidates.isLoading}
            dataSource={open}
            rowSelection={{
              selectedRowKeys: picked,
              onChange: (keys) => setPicked(keys as number[]),
            }}
            columns={[
              { title: m.list.nominee, render: (_, item) => nominee(item) },
              { title: m.list.proposing, dataIndex: 'proposingUnit' },
            ]}
          />
          <Button
            style={{ marginTop: 8 }}
            disabled={picked.length === 0}
            loading={setAgenda.isPending}
            onClick={() =>
              setAgenda.mutate(
                { nominationIds: [...onAgenda, ...picked], rowVersion: meeting.rowVersion },
                { onSuccess: () => setPicked([]) },
              )
            }
          >
            {m.meeting.saveAgenda}
          </Button>
        </>
      )}
    </Card>
  )
}

type CellProps = Props & { item: AgendaItem; vote: ReturnType<typeof useRecordVote> }

function VoteCell({ meeting, item, manage, vote }: CellProps) {
  const [votesFor, setFor] = useState<number | null>(null)
  const [votesAgainst, setAgainst] = useState<number | null>(null)
  const done = meeting.votes.find((row) => row.nominationId === item.nominationId)
  if (done)
    return (
      <span data-testid={`vote-${item.nominationId}`}>
        <Tag color={done.passed ? 'success' : 'error'}>
          {done.passed ? m.meeting.passed : m.meeting.failed}
        </Tag>
        {m.meeting.convened} {done.convened}, {m.meeting.presentCount} {done.present},{' '}
        {m.meeting.votesFor} {done.votesFor}, {m.meeting.votesAgainst} {done.votesAgainst}
      </span>
    )
  if (!manage) return null
  return (
    <Space wrap>
      <InputNumber
        min={0}
        aria-label={`${m.meeting.votesFor} #${item.nominationId}`}
        placeholder={m.meeting.votesFor}
        value={votesFor}
        onChange={setFor}
      />
      <InputNumber
        min={0}
        aria-label={`${m.meeting.votesAgainst} #${item.nominationId}`}
        placeholder={m.meeting.votesAgainst}
        value={votesAgainst}
        onChange={setAgainst}
      />
      <Button
        loading={vote.isPending && vote.variables?.nominationId === item.nominationId}
        disabled={votesFor === null || votesAgainst === null}
        onClick={() =>
          vote.mutate({
            nominationId: item.nominationId,
            votesFor: votesFor ?? 0,
            votesAgainst: votesAgainst ?? 0,
          })
        }
      >
        {m.meeting.record}
      </Button>
    </Space>
  )
}
