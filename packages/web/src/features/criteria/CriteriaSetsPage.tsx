import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import { compareVi } from '@antq/core'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import type { CriteriaSetSummary } from './criteria-api'
import { useCriteriaSets } from './use-criteria'

const m = messages.criteria

function countAssumptions(set: CriteriaSetSummary): number {
  const { items, classes, groups } = set.definition
  return [...items, ...classes, ...groups].filter((entry) => entry.assumption).length
}

export function CriteriaSetsPage() {
  useDocumentTitle(m.title)
  const sets = useCriteriaSets()
  const columns: TableColumnsType<CriteriaSetSummary> = [
    {
      title: m.columns.title,
      dataIndex: 'title',
      render: (title: string, set) => <Link to={`/bo-tieu-chi/${set.key}`}>{title}</Link>,
      sorter: (a, b) => compareVi(a.title, b.title),
      defaultSortOrder: 'ascend',
    },
    { title: m.columns.key, dataIndex: 'key' },
    { title: m.columns.version, dataIndex: 'version', align: 'right' },
    {
      title: m.columns.items,
      render: (_value, set) => set.definition.items.length,
      align: 'right',
    },
    {
      title: m.columns.assumptions,
      render: (_value, set) => {
        const count = countAssumptions(set)
        return count > 0 ? <Tag color="orange">{count}</Tag> : <Tag color="green">0</Tag>
      },
    },
  ]
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <Table
        rowKey="key"
        loading={sets.isLoading}
        dataSource={sets.data ?? []}
        columns={columns}
        pagination={false}
        size="middle"
      />
    </Card>
  )
}
