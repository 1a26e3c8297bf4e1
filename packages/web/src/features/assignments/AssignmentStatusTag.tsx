import { Tag } from 'antd'
import { ASSIGNMENT_STATUS_LABELS, type AssignmentStatus } from '@antq/core'
import { assignmentMessages as m } from '../../messages/vi-assignments'

const COLORS: Record<AssignmentStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  overdue: 'error',
  cancelled: 'default',
}

/** "Chưa thực hiện / Đang thực hiện / Hoàn thành / Quá hạn", and "Hoàn thành muộn". */
export function AssignmentStatusTag({ status, late }: { status: string; late: boolean }) {
  const known = status as AssignmentStatus
  return (
    <span data-testid="assignment-status">
      <Tag color={COLORS[known] ?? 'default'}>{ASSIGNMENT_STATUS_LABELS[known] ?? status}</Tag>
      {late && <Tag color="warning">{m.doneLate}</Tag>}
    </span>
  )
}
