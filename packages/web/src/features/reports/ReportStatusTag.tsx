import { Tag } from 'antd'
import type { ReportStatus } from '@antq/core'

const COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  accepted: 'success',
  returned: 'error',
}

export function ReportStatusTag({ status, label }: { status: ReportStatus | null; label: string }) {
  return <Tag color={status ? COLORS[status] : 'warning'}>{label}</Tag>
}
