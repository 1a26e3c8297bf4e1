import { Space, Tag, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { messages } from '../../messages/vi'
import { formatDateTime } from '../targets/target-format'
import { unitPlanFileUrl, type UnitPlanRow } from './unit-plans-api'

const m = messages.unitPlans
const COLORS: Record<string, string> = {
  not_submitted: 'default',
  submitted: 'processing',
  accepted: 'success',
  returned: 'warning',
}

/** A unit's status: sent, accepted, returned or not sent, with late and overdue marks. */
export function UnitPlanStatusTags({ row }: { row: UnitPlanRow }) {
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[row.status]}>{m.status[row.status] ?? row.status}</Tag>
      {row.overdue && <Tag color="error">{m.overdue}</Tag>}
      {row.submission?.late && <Tag color="orange">{m.late}</Tag>}
    </Space>
  )
}

/** What the unit sent (its file or the plan in the system), by whom and when. */
export function UnitPlanSent({ row }: { row: UnitPlanRow }) {
  const sent = row.submission
  if (!sent) return row.closesOn ? <span>{m.closesOn(formatDateVi(row.closesOn))}</span> : null
  const child = row.childPlans.find((plan) => plan.id === sent.childPlanId)
  return (
    <Space direction="vertical" size={0}>
      {sent.fileName ? (
        <a href={unitPlanFileUrl(sent.id)}>{sent.fileName}</a>
      ) : (
        <a href={`/ke-hoach/${sent.childPlanId}`}>
          {child ? m.childPlan(child.title) : m.childPlanLink}
        </a>
      )}
      <Typography.Text type="secondary">
        {m.sentAt(sent.submittedBy, formatDateTime(sent.submittedAt))}
      </Typography.Text>
      {sent.status === 'returned' && sent.reason && (
        <Typography.Text type="warning">
          {m.returnedReason}: {sent.reason}
        </Typography.Text>
      )}
    </Space>
  )
}
