import { Flex, Table, Typography, type TableColumnsType } from 'antd'
import { messages } from '../../messages/vi'
import type { RegistrantRef, RegistrationList } from './registrations-api'

const m = messages.registrations.missing

type SubUnitCount = RegistrationList['bySubUnit'][number]

const subUnitColumns: TableColumnsType<SubUnitCount> = [
  { title: m.subUnit, key: 'unit', render: (_, row) => row.unit.name },
  { title: m.eligible, dataIndex: 'eligible', align: 'right', width: 140 },
  { title: m.registered, dataIndex: 'registered', align: 'right', width: 140 },
  {
    title: m.notRegistered,
    dataIndex: 'notRegistered',
    align: 'right',
    width: 140,
    defaultSortOrder: 'descend',
    sorter: (a, b) => a.notRegistered - b.notRegistered,
    render: (value: number) =>
      value > 0 ? <Typography.Text type="danger">{value}</Typography.Text> : value,
  },
]

const unitColumns: TableColumnsType<RegistrantRef> = [
  { title: messages.registrations.table.name, dataIndex: 'name' },
  { title: messages.registrations.table.kind, dataIndex: 'kindLabel', width: 240 },
]

/** The live chase list: who has not registered yet, counted per sub-unit and listed. */
export function MissingPanel({ data }: { data: RegistrationList }) {
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{m.refreshed}</Typography.Text>
      {/* Per sub-unit counts only help when a sub-unit holds several units (a district's communes). */}
      {data.bySubUnit.some((row) => row.eligible > 1) && (
        <div>
          <Typography.Title level={5}>{m.bySubUnit}</Typography.Title>
          <Table<SubUnitCount>
            rowKey={(row) => row.unit.id}
            size="small"
            columns={subUnitColumns}
            dataSource={data.bySubUnit}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
          />
        </div>
      )}
      <div>
        <Typography.Title level={5}>
          {m.list(data.notRegistered.length, data.notRegisteredTotal)}
        </Typography.Title>
        <Table<RegistrantRef>
          rowKey="id"
          size="small"
          columns={unitColumns}
          dataSource={data.notRegistered}
          locale={{ emptyText: m.none }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      </div>
    </Flex>
  )
}
