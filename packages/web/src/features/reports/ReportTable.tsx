import { Button, Flex, Table, type TableColumnsType } from 'antd'
import { messages } from '../../messages/vi'
import { formatDateTime } from '../targets/target-format'
import type { ReportItem, ReportList } from './reports-api'
import { ReportStatusTag } from './ReportStatusTag'

const m = messages.reports

type Props = {
  data: ReportList
  openId: number | undefined
  onOpen: (unitId: number) => void
  onDrill: (unitId: number) => void
}

/** The start unit's report and its sub-units', with their status; open one to fill or review. */
export function ReportTable({ data, openId, onOpen, onDrill }: Props) {
  const columns: TableColumnsType<ReportItem> = [
    { title: m.columns.unit, key: 'unit', render: (_, item) => item.unit.name },
    {
      title: m.columns.status,
      key: 'status',
      width: 160,
      render: (_, item) => (
        <ReportStatusTag status={item.status} label={item.statusLabel} lateEntry={item.lateEntry} />
      ),
    },
    {
      title: m.columns.updated,
      key: 'updated',
      width: 220,
      render: (_, item) =>
        item.updatedAt ? `${formatDateTime(item.updatedAt)} · ${item.updatedBy ?? ''}` : '',
    },
    {
      title: m.columns.actions,
      key: 'actions',
      width: 280,
      render: (_, item) => (
        <Flex gap={8} wrap>
          <Button
            size="small"
            type={item.unit.id === openId ? 'primary' : 'default'}
            aria-label={`${m.openReport}: ${item.unit.name}`}
            onClick={() => onOpen(item.unit.id)}
          >
            {m.openReport}
          </Button>
          {item.unit.id !== data.unit.id && item.unit.kind !== 'residential_area' && (
            <Button size="small" type="link" onClick={() => onDrill(item.unit.id)}>
              {m.subUnits}
            </Button>
          )}
        </Flex>
      ),
    },
  ]
  return (
    <Table<ReportItem>
      rowKey={(item) => item.unit.id}
      size="small"
      columns={columns}
      dataSource={data.items}
      locale={{ emptyText: m.empty }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      // On a phone the table scrolls inside itself, the page never sideways.
      scroll={{ x: 'max-content' }}
    />
  )
}
