import { useState } from 'react'
import { Card, Flex, Select, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd'
import { formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { formatNumber } from '../../lib/format'
import { messages } from '../../messages/vi'
import { ExportButton } from './ExportButton'
import {
  LATE_REGISTRATION_COLUMNS,
  LATE_REPORT_COLUMNS,
  LATE_UPWARD_COLUMNS,
} from './target-export'
import { allows } from '../../lib/permissions'
import { useAccount } from '../auth/use-account'
import { NudgeButton } from '../notifications/NudgeButton'
import type { NudgeInput } from '../notifications/notifications-api'
import type { DashboardView } from './targets-api'
import { useLateUnits, type LateList, type LateUnitRow } from './targets-dashboard-api'

const m = messages.targets.late

const baseColumns: TableColumnsType<LateUnitRow> = [
  { key: 'unit', title: m.unit, render: (_v, row) => row.unit.name },
  { key: 'kind', title: m.kind, render: (_v, row) => row.unit.kindLabel },
  {
    key: 'managing',
    title: m.managingUnit,
    render: (_v, row) => row.managingUnit?.name ?? messages.app.empty,
  },
  { key: 'closedOn', title: m.closedOn, render: (_v, row) => formatDateVi(row.closedOn) },
  {
    key: 'daysLate',
    title: m.daysLate,
    align: 'right',
    render: (_v, row) => formatNumber(row.daysLate),
  },
]
const eventColumns: TableColumnsType<LateUnitRow> = [
  ...baseColumns,
  { key: 'status', title: m.eventStatus, render: (_v, row) => row.status },
]
const reportColumns: TableColumnsType<LateUnitRow> = [
  ...baseColumns,
  {
    key: 'status',
    title: m.reportStatus,
    render: (_v, row) => (
      <Tag color={row.status === 'returned' ? 'red' : 'orange'} title={row.returnReason ?? ''}>
        {m.reportStates[(row.status ?? 'missing') as keyof typeof m.reportStates]}
      </Tag>
    ),
  },
]

const upwardColumns: TableColumnsType<LateUnitRow> = [
  ...baseColumns.slice(0, 2),
  {
    key: 'obligation',
    title: m.obligation,
    render: (_v, row) =>
      row.obligation && `${row.obligation.label} (${row.obligation.periodLabel})`,
  },
  ...baseColumns.slice(2),
  reportColumns[reportColumns.length - 1] ?? { key: 'status' },
]

function LateTable({ list, columns }: { list: LateList; columns: TableColumnsType<LateUnitRow> }) {
  return (
    <Flex vertical gap={8}>
      {list.bySubUnit.length > 0 && (
        <Typography.Text type="secondary">
          {`${m.bySubUnit}: `}
          {list.bySubUnit.map((row) => `${row.unit.name} ${formatNumber(row.count)}`).join(' · ')}
        </Typography.Text>
      )}
      {list.items.length < list.total && (
        <Typography.Text type="secondary">{m.shown(list.items.length, list.total)}</Typography.Text>
      )}
      <Table<LateUnitRow>
        rowKey={(row) =>
          `${row.unit.id}|${row.status ?? ''}|${row.obligation?.id ?? ''}|${row.obligation?.periodKey ?? ''}`
        }
        size="small"
        columns={columns}
        dataSource={list.items}
        locale={{ emptyText: m.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
    </Flex>
  )
}

/** The plan owner's "Nhắc" column (ADR 029): tells the late unit now, with a Zalo text. */
function withNudge(
  columns: TableColumnsType<LateUnitRow>,
  planId: number,
  list: NudgeInput['list'],
  extra: { year?: number; periodId?: string },
): TableColumnsType<LateUnitRow> {
  return [
    ...columns,
    {
      key: 'nudge',
      title: '',
      render: (_v, row) => (
        <NudgeButton
          planId={planId}
          unitName={row.unit.name}
          input={{
            list,
            unitId: row.unit.id,
            ...extra,
            ...(row.obligation
              ? { obligationId: row.obligation.id, periodKey: row.obligation.periodKey }
              : {}),
            // A unit late for two events is listed twice: the date tells which one.
            ...(list === 'events' ? { closedOn: row.closedOn } : {}),
          }}
        />
      ),
    },
  ]
}

/** Units to chase: not registered by the deadline, reports of a closed period not submitted. */
export function LateUnitsSection({ planId, view }: { planId: number; view: DashboardView }) {
  const [tab, setTab] = useState('registration')
  const [periodId, setPeriodId] = useState<string | undefined>(undefined)
  const late = useLateUnits(planId, view, periodId)
  const canNudge = allows(useAccount(), 'campaign:review')
  const year = late.data?.year
  const nudging = (
    columns: TableColumnsType<LateUnitRow>,
    list: NudgeInput['list'],
    extra: { periodId?: string } = {},
  ) => (canNudge ? withNudge(columns, planId, list, { year, ...extra }) : columns)
  if (late.isError)
    return (
      <Card title={m.title}>
        <ErrorResult error={late.error} onRetry={() => void late.refetch()} />
      </Card>
    )
  const data = late.data
  const registration = data?.registration
  const report = data?.report
  const upward = data?.upwardReports
  const exportProps =
    tab === 'registration'
      ? {
          columns: LATE_REGISTRATION_COLUMNS,
          rows: registration?.items ?? [],
          title: messages.targets.files.lateRegistration,
        }
      : tab === 'upward'
        ? {
            columns: LATE_UPWARD_COLUMNS,
            rows: upward?.items ?? [],
            title: messages.targets.files.lateUpward,
          }
        : tab === 'events'
          ? {
              columns: LATE_REGISTRATION_COLUMNS,
              rows: data?.events?.items ?? [],
              title: messages.targets.files.lateEvents,
            }
          : {
              columns: LATE_REPORT_COLUMNS,
              rows: report?.items ?? [],
              title: messages.targets.files.lateReport,
              ...(report?.period
                ? { period: messages.targets.files.reportPeriod(report.period.label) }
                : {}),
            }
  return (
    <Card title={m.title} loading={late.isPending} extra={<ExportButton {...exportProps} />}>
      {registration && report && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'registration',
              label: m.registration(registration.total),
              children: (
                <Flex vertical gap={8}>
                  <Typography.Text>
                    {registration.deadline
                      ? m.deadline(formatDateVi(registration.deadline))
                      : m.noDeadline}
                  </Typography.Text>
                  <LateTable list={registration} columns={nudging(baseColumns, 'registration')} />
                </Flex>
              ),
            },
            {
              key: 'report',
              label: m.report(report.total),
              children: (
                <Flex vertical gap={8}>
                  {report.periods.length === 0 ? (
                    <Typography.Text type="secondary">{m.noPeriod}</Typography.Text>
                  ) : (
                    <Select
                      aria-label={m.periodLabel}
                      style={{ maxWidth: 360 }}
                      value={report.period?.id}
                      onChange={setPeriodId}
                      options={report.periods.map((period) => ({
                        value: period.id,
                        label: m.period(period.label, formatDateVi(period.deadline)),
                      }))}
                    />
                  )}
                  <LateTable
                    list={report}
                    columns={nudging(reportColumns, 'report', { periodId: report.period?.id })}
                  />
                </Flex>
              ),
            },
            ...(upward
              ? [
                  {
                    key: 'upward',
                    label: m.upward(upward.total),
                    children: (
                      <Flex vertical gap={8}>
                        <Typography.Text type="secondary">{m.upwardHint}</Typography.Text>
                        <LateTable list={upward} columns={nudging(upwardColumns, 'upward')} />
                      </Flex>
                    ),
                  },
                ]
              : []),
            ...(data?.events && data.events.total > 0
              ? [
                  {
                    key: 'events',
                    label: m.events(data.events.total),
                    children: (
                      <LateTable list={data.events} columns={nudging(eventColumns, 'events')} />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  )
}
