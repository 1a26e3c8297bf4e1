import { App, Button, Card, DatePicker, Form, Input, Spin, Table, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { Link, useNavigate, useParams } from 'react-router'
import { formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { ApiErrorAlert } from './ApiErrorAlert'
import type { CouncilMember, MeetingSummary } from './awards-types'
import { useCouncil, useCouncilMeetings, useCreateMeeting } from './councils-api'

/** A council: members with their roles, voting rule, meetings, and a new meeting. */
export function CouncilPage() {
  const id = Number(useParams().id ?? 0)
  const account = useAccount()
  const council = useCouncil(id)
  const meetings = useCouncilMeetings(id)
  useDocumentTitle(council.data?.name ?? m.councils.title)
  if (council.isLoading) return <Spin />
  if (council.isError || !council.data) return <ErrorResult error={council.error} />
  const view = council.data
  return (
    <>
      <Typography.Title level={3}>{view.name}</Typography.Title>
      <Typography.Paragraph>
        {view.issuerUnit.name} — {m.councils.rules}: {view.rules.source}
        {view.rules.assumption && (
          <Tag color="warning" style={{ marginLeft: 8 }}>
            {m.councils.assumption}
          </Tag>
        )}
      </Typography.Paragraph>
      <Card size="small" title={m.councils.members} style={{ marginBottom: 16 }}>
        <Table<CouncilMember>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={view.members ?? []}
          columns={[
            { title: m.councils.member, dataIndex: 'name' },
            { title: m.councils.position, dataIndex: 'position' },
            { title: m.councils.role, dataIndex: 'roleLabel' },
          ]}
        />
      </Card>
      <Card size="small" title={m.councils.meetings} style={{ marginBottom: 16 }}>
        <Table<MeetingSummary>
          rowKey="id"
          size="small"
          pagination={false}
          loading={meetings.isLoading}
          dataSource={meetings.data?.items ?? []}
          columns={[
            {
              title: m.councils.date,
              render: (_, row) => (
                <Link to={`/khen-thuong/phien-hop/${row.id}`}>{formatDateVi(row.date)}</Link>
              ),
            },
            { title: m.councils.place, dataIndex: 'place' },
            { title: m.meeting.presentCount, render: (_, row) => `${row.present}/${row.convened}` },
            { title: m.list.status, render: (_, row) => m.meeting.status[row.status] },
          ]}
        />
      </Card>
      {allows(account, 'council:manage') && <NewMeeting councilId={id} />}
    </>
  )
}

function NewMeeting({ councilId }: { councilId: number }) {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const create = useCreateMeeting(councilId)
  const submit = (values: { date: Dayjs; place: string }) =>
    create.mutate(
      { date: values.date.format('YYYY-MM-DD'), place: values.place },
      {
        onSuccess: (meeting) => {
          void message.success(m.councils.newMeeting)
          void navigate(`/khen-thuong/phien-hop/${meeting.id}`)
        },
      },
    )
  return (
    <Card size="small" title={m.councils.newMeeting}>
      <ApiErrorAlert error={create.error} />
      <Form layout="inline" onFinish={submit}>
        <Form.Item name="date" label={m.councils.date} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="place" label={m.councils.place} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {m.councils.newMeeting}
        </Button>
      </Form>
    </Card>
  )
}
