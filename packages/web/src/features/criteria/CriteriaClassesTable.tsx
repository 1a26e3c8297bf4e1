import { Table, Tag, type TableColumnsType } from 'antd'
import type { CriteriaClass } from '@antq/core'
import { messages } from '../../messages/vi'

const m = messages.criteria

const columns: TableColumnsType<CriteriaClass> = [
  { title: m.classColumns.label, dataIndex: 'label' },
  {
    title: m.classColumns.minScore,
    dataIndex: 'minScore',
    align: 'right',
    render: (score: number | null, item) => (
      <>
        {score ?? messages.app.empty} {item.assumption && <Tag color="orange">{m.assumption}</Tag>}
      </>
    ),
  },
  { title: m.classColumns.source, dataIndex: 'source' },
]

export function CriteriaClassesTable({ classes }: { classes: readonly CriteriaClass[] }) {
  return (
    <Table
      rowKey="id"
      dataSource={[...classes]}
      columns={columns}
      pagination={false}
      size="small"
    />
  )
}
