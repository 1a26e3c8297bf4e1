// Which lower levels owe a report to this unit, and which have sent it (the recipient's view).
import { Table, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { Link } from 'react-router'
import { messages } from '../../messages/vi'
import { UpwardReportStatusTag } from './UpwardReportStatusTag'
import { reportPagePath, type UpwardReportList } from './upward-reports-api'

const m = messages.upwardReports
type ToReceive = UpwardReportList['toReceive'][number]

export function LowerReportsTable({
  planId,
  occurrence,
}: {
  planId: number
  occurrence: ToReceive
}) {
  return (
    <>
      <Typography.Text strong>{occurrence.label}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => row.unit.id}
        dataSource={occurrence.items}
        columns={[
          {
            title: m.unit,
            render: (_, row) => (
              <Link
                to={reportPagePath({
                  planId,
                  obligationId: occurrence.obligationId,
                  periodKey: occurrence.periodKey,
                  unitId: row.unit.id,
                })}
              >
                {row.unit.name}
              </Link>
            ),
          },
          { title: m.status, render: (_, row) => <UpwardReportStatusTag row={row} /> },
          {
            title: m.submittedOn,
            render: (_, row) => (row.submittedOn ? formatDateVi(row.submittedOn) : '—'),
          },
        ]}
      />
    </>
  )
}
