import { useState } from 'react'
import { Button, Card, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { EditOutlined } from '@ant-design/icons'
import { useParams } from 'react-router'
import { formatDateTimeVi, type CriteriaItem } from '@antq/core'
import { FullPageSpin } from '../../components/FullPageSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { CriteriaClassesEditor } from './CriteriaClassesEditor'
import { CriteriaClassesTable } from './CriteriaClassesTable'
import { useCriteriaSet } from './use-criteria'

const m = messages.criteria

const itemColumns: TableColumnsType<CriteriaItem> = [
  { title: m.itemColumns.id, dataIndex: 'id', width: 90 },
  { title: m.itemColumns.group, dataIndex: 'group', width: 90 },
  {
    title: m.itemColumns.text,
    dataIndex: 'text',
    render: (text: string, item) => (
      <Space direction="vertical" size={2}>
        <span>{text}</span>
        {item.assumption && <Tag color="orange">{m.assumption}</Tag>}
      </Space>
    ),
  },
  { title: m.itemColumns.points, dataIndex: 'points', align: 'right', width: 70 },
  { title: m.itemColumns.source, dataIndex: 'source', width: 220 },
  {
    title: m.itemColumns.confidence,
    dataIndex: 'confidence',
    width: 130,
    render: (level: 'H' | 'M' | 'L') => m.confidence[level],
  },
]

export function CriteriaSetPage() {
  const key = useParams().key ?? ''
  const account = useAccount()
  const [editing, setEditing] = useState(false)
  const set = useCriteriaSet(key)
  useDocumentTitle(set.data?.title ?? m.title)
  if (set.isLoading) return <FullPageSpin />
  if (!set.data) return <ErrorResult error={set.error} />
  const { definition } = set.data
  const canEdit = allows(account, 'criteria:manage') && definition.classes.length > 0
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {set.data.title} <Tag>{`v${set.data.version}`}</Tag>
      </Typography.Title>
      <Card
        title={m.classes}
        extra={
          canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {m.edit}
            </Button>
          )
        }
      >
        {definition.classes.length > 0 ? (
          <CriteriaClassesTable classes={definition.classes} />
        ) : (
          m.noClasses
        )}
      </Card>
      <Card title={m.items}>
        <Table
          rowKey="id"
          dataSource={definition.items}
          columns={itemColumns}
          pagination={false}
          size="small"
        />
      </Card>
      <Card title={m.versions}>
        <ul>
          {set.data.versions.map((version) => (
            <li key={version.version}>
              {m.versionLine(
                version.version,
                version.createdBy,
                formatDateTimeVi(version.createdAt),
              )}
            </li>
          ))}
        </ul>
      </Card>
      {editing && (
        <CriteriaClassesEditor
          setKey={key}
          definition={definition}
          onClose={() => setEditing(false)}
        />
      )}
    </Flex>
  )
}
