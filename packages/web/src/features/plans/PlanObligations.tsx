// The plan page's upward reports for the signed-in unit: what it owes (due dates, status), what
// its lower levels send it (who has reported), and the late ones ("Báo cáo chậm").
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { useState } from 'react'
import { Link } from 'react-router'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { LowerReportsTable } from '../upward-reports/LowerReportsTable'
import { UpwardReportStatusTag } from '../upward-reports/UpwardReportStatusTag'
import {
  reportPagePath,
  useUnitObligations,
  type UpwardReportList,
} from '../upward-reports/upward-reports-api'

const m = messages.upwardReports
type Owed = UpwardReportList['owed'][number]
type ToReceive = UpwardReportList['toReceive'][number]

export function PlanObligations({ planId }: { planId: number }) {
  const account = useAccount()
  const unit = account.scopeUnit
  const list = useUnitObligations(planId, unit?.id)
  const [lower, setLower] = useState<ToReceive | null>(null)
  if (!unit) return <Alert type="info" showIcon message={m.noScope} />
  if (!list.data) return <Card title={m.title} loading />
  const data = list.data
  return (
    <Card title={`${m.title} — ${m.yearOption(data.year)}`}>
      <Flex vertical gap={16}>
        <Typography.Title level={5}>{m.ownTitle(unit.name)}</Typography.Title>
        {data.owed.length === 0 ? (
          <Typography.Text type="secondary">{m.noneOwed}</Typography.Text>
        ) : (
          <Table<Owed>
            size="small"
            pagination={false}
            rowKey={(row) => `${row.obligationId}/${row.periodKey}`}
            dataSource={data.owed}
            columns={[
              { title: m.report, dataIndex: 'label' },
              { title: m.due, render: (_, row) => formatDateVi(row.due), width: 110 },
              { title: m.recipient, render: (_, row) => row.recipient?.name ?? m.ownLevel },
              { title: m.status, render: (_, row) => <UpwardReportStatusTag row={row} /> },
              {
                title: '',
                render: (_, row) => (
                  <Link
                    aria-label={m.openFor(row.label)}
                    to={reportPagePath({ planId, ...row, unitId: unit.id })}
                  >
                    {m.open}
                  </Link>
                ),
              },
            ]}
          />
        )}
        {data.toReceive.length > 0 && (
          <>
            <Typography.Title level={5}>{m.toReceiveTitle}</Typography.Title>
            <Table<ToReceive>
              size="small"
              pagination={false}
              rowKey={(row) => `${row.obligationId}/${row.periodKey}`}
              dataSource={data.toReceive}
              columns={[
                { title: m.report, dataIndex: 'label' },
                { title: m.due, render: (_, row) => formatDateVi(row.due), width: 110 },
                {
                  title: m.status,
                  render: (_, row) => (
                    <Button
                      size="small"
                      aria-label={m.showLower(row.label)}
                      onClick={() => setLower(row)}
                    >
                      {m.sent(row.sent, row.expected)}
                    </Button>
                  ),
                },
              ]}
            />
            {lower && <LowerReportsTable planId={planId} occurrence={lower} />}
          </>
        )}
        <Typography.Title level={5}>{m.lateTitle}</Typography.Title>
        {data.late.length === 0 ? (
          <Typography.Text type="secondary">{m.noLate}</Typography.Text>
        ) : (
          <ul aria-label={m.lateTitle}>
            {data.late.map((item) => (
              <li key={`${item.unitName}/${item.label}`}>
                <Tag color="red">{m.lateTitle}</Tag> {m.lateLine(item.unitName, item.label)}
              </li>
            ))}
          </ul>
        )}
      </Flex>
    </Card>
  )
}
