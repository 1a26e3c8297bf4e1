import { Tag } from 'antd'

type Row = { status: string; statusLabel: string; timing: string; timingLabel: string }

/** The report's status, and its timing when late or sent late. */
export function UpwardReportStatusTag({ row }: { row: Row }) {
  const color =
    row.status === 'received' ? 'green' : row.status === 'submitted' ? 'cyan' : 'default'
  return (
    <>
      <Tag color={color}>{row.statusLabel}</Tag>
      {(row.timing === 'late' || row.timing === 'submitted_late') && (
        <Tag color="red">{row.timingLabel}</Tag>
      )}
    </>
  )
}
