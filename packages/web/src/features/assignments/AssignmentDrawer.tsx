import { Alert, Descriptions, Drawer, Empty, Spin, Timeline, Typography } from 'antd'
import { formatDateTimeVi, formatDateVi, occurrenceLabel } from '@antq/core'
import { assignmentMessages as m } from '../../messages/vi-assignments'
import { AssignmentActions } from './AssignmentActions'
import { AssignmentStatusTag } from './AssignmentStatusTag'
import { evidenceUrl, useAssignment } from './assignments-api'

type Props = { id: number | null; onClose: () => void }

/** One assignment: the clause verbatim, due date, status, history, files and the actions. */
export function AssignmentDrawer({ id, onClose }: Props) {
  const query = useAssignment(id)
  const detail = query.data
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={640}
      title={detail?.task.task ?? m.detail.title}
    >
      {query.isPending && <Spin />}
      {query.error && <Alert type="error" showIcon title={query.error.message} />}
      {detail && (
        <>
          {detail.clause && (
            <Typography.Paragraph>
              <Typography.Text strong>{m.detail.clause(detail.clause.source)}</Typography.Text>
              <blockquote data-testid="assignment-clause">{detail.clause.text}</blockquote>
            </Typography.Paragraph>
          )}
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={m.columns.plan}>{detail.plan.title}</Descriptions.Item>
            <Descriptions.Item label={m.columns.owner}>
              {detail.owner.name} ({m.role[detail.role]})
            </Descriptions.Item>
            <Descriptions.Item label={m.detail.owners}>
              {detail.owners.owners.join('; ')}
            </Descriptions.Item>
            {detail.owners.coOwners.length > 0 && (
              <Descriptions.Item label={m.detail.coOwners}>
                {detail.owners.coOwners.join('; ')}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={m.detail.output}>
              {m.output[detail.task.output]}
            </Descriptions.Item>
            <Descriptions.Item label={m.columns.occurrence}>
              {occurrenceLabel(detail.occurrence)}
            </Descriptions.Item>
            <Descriptions.Item label={m.detail.due}>{formatDateVi(detail.due)}</Descriptions.Item>
            <Descriptions.Item label={m.columns.status}>
              <AssignmentStatusTag status={detail.status} late={detail.late} />
            </Descriptions.Item>
            {detail.returnReason && (
              <Descriptions.Item label={m.detail.returnReason}>
                <span data-testid="return-reason">{detail.returnReason}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
          <AssignmentActions detail={detail} />
          <Typography.Title level={5}>{m.detail.files}</Typography.Title>
          {detail.files.length === 0 ? (
            <Empty description={m.detail.noFiles} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <ul>
              {detail.files.map((file) => (
                <li key={file.id}>
                  <a href={evidenceUrl(detail.id, file.id)}>{file.filename}</a>
                </li>
              ))}
            </ul>
          )}
          <Typography.Title level={5}>{m.detail.history}</Typography.Title>
          <div data-testid="assignment-history">
            <Timeline
              items={detail.history.map((event) => ({
                key: event.id,
                children: (
                  <>
                    <Typography.Text strong>{m.history[event.action]}</Typography.Text>
                    {' — '}
                    {event.actor}, {formatDateTimeVi(event.at)}
                    {event.note && <div>{event.note}</div>}
                  </>
                ),
              }))}
            />
          </div>
          {detail.cascade.length > 0 && (
            <>
              <Typography.Title level={5}>{m.detail.cascade}</Typography.Title>
              <ul>
                {detail.cascade.map((child) => (
                  <li key={child.id}>
                    {child.owner.name}: {child.task.task}{' '}
                    <AssignmentStatusTag status={child.status} late={child.late} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Drawer>
  )
}
