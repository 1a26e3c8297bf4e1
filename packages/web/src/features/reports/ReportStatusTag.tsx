import { Tag } from 'antd'
import type { ReportStatus } from '@antq/core'
import { messages } from '../../messages/vi'

const COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  accepted: 'success',
  returned: 'error',
}

type Props = { status: ReportStatus | null; label: string; lateEntry?: boolean }

/** The report's status, and "Nhập muộn" when its counted figures were entered late. */
export function ReportStatusTag({ status, label, lateEntry = false }: Props) {
  return (
    <>
      <Tag color={status ? COLORS[status] : 'warning'}>{label}</Tag>
      {lateEntry && <Tag color="purple">{messages.reports.lateEntry.tag}</Tag>}
    </>
  )
}
