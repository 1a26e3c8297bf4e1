import { Button, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd'
import { Link, useParams } from 'react-router'
import { formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { ApiErrorAlert } from './ApiErrorAlert'
import { MeetingAgenda } from './MeetingAgenda'
import { MeetingAttendance } from './MeetingAttendance'
import { useCloseMeeting, useMeeting } from './councils-api'
import { documentUrl } from './decisions-api'

/** A council meeting: attendance and quorum, the agenda, a vote per nomination, the minutes. */
export function MeetingPage() {
  const id = Number(useParams().id ?? 0)
  const account = useAccount()
  const meeting = useMeeting(id)
  const close = useCloseMeeting(id)
  useDocumentTitle(meeting.data ? m.meeting.title(formatDateVi(meeting.data.date)) : undefined)
  if (meeting.isLoading) return <Spin />
  if (meeting.isError || !meeting.data) return <ErrorResult error={meeting.error} />
  const view = meeting.data
  const manage = allows(account, 'council:manage') && view.status === 'open'
  return (
    <>
      <Typography.Title level={3}>
        {m.meeting.title(formatDateVi(view.date))}{' '}
        <Tag color={view.status === 'open' ? 'processing' : 'default'}>
          {m.meeting.status[view.status]}
        </Tag>
      </Typography.Title>
      <Link to={`/khen-thuong/hoi-dong/${view.council.id}`}>{view.council.name}</Link>
      <Card size="small" style={{ margin: '12px 0' }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={m.councils.place}>{view.place}</Descriptions.Item>
          <Descriptions.Item label={m.meeting.convened}>{view.convened}</Descriptions.Item>
          <Descriptions.Item label={m.meeting.presentCount}>{view.present}</Descriptions.Item>
          <Descriptions.Item label={m.meeting.quorum} span={3}>
            <Tag color={view.quorum.met ? 'success' : 'error'}>{view.quorum.message}</Tag>
          </Descriptions.Item>
          {view.minutesNumber && (
            <Descriptions.Item label={m.meeting.closed} span={3}>
              {m.meeting.minutesNumber(view.minutesNumber)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <MeetingAttendance meeting={view} manage={manage} />
      <MeetingAgenda meeting={view} manage={manage} />
      <ApiErrorAlert error={close.error} />
      <Space>
        {manage && (
          <Button
            type="primary"
            loading={close.isPending}
            onClick={() => close.mutate({ rowVersion: view.rowVersion })}
          >
            {m.meeting.close}
          </Button>
        )}
        {view.status === 'closed' && (
          <a href={documentUrl('council-minutes', view.id)}>
            <Button>{m.meeting.minutes}</Button>
          </a>
        )}
      </Space>
    </>
  )
}
