import { Tag } from 'antd'
import type { TargetStatus } from '@antq/core'
import { messages } from '../../messages/vi'

const COLORS: Record<TargetStatus, string> = {
  met: 'green',
  on_track: 'blue',
  at_risk: 'orange',
  missed: 'red',
  no_data: 'default',
  not_applicable: 'default',
}

/** The traffic light of a target: Đạt, Đúng tiến độ, Chậm tiến độ, Không đạt; grey for Chưa có số liệu and where it does not apply. */
export function TargetStatusTag({ status, title }: { status: TargetStatus; title?: string }) {
  return (
    <Tag color={COLORS[status]} title={title}>
      {messages.targets.status[status]}
    </Tag>
  )
}
