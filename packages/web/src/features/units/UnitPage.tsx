import { useState } from 'react'
import { Breadcrumb, Button, Card, Flex, Typography } from 'antd'
import { EditOutlined } from '@ant-design/icons'
import { Link, useParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { rootFirst } from './unit-fields'
import { UnitChildrenTable } from './UnitChildrenTable'
import { UnitDetails } from './UnitDetails'
import { UnitEditModal } from './UnitEditModal'
import { UnitHistory } from './UnitHistory'
import { useUnit } from './use-unit-queries'
import { crimeStatisticsMessages } from '../../messages/vi-crime-statistics'
import { unitStandardsMessages } from '../../messages/vi-unit-standards'
import { activityMessages } from '../../messages/vi-activities'
import { modelMessages } from '../../messages/vi-models'

export function UnitPage() {
  const params = useParams()
  const id = /^\d+$/.test(params.id ?? '') ? Number(params.id) : 0
  const account = useAccount()
  const unit = useUnit(id)
  const [editing, setEditing] = useState(false)
  useDocumentTitle(unit.data?.name ?? messages.units.title)

  if (id <= 0) return <NotFoundPage />
  if (unit.isPending) return <FullPageSpin />
  if (unit.isError) return <ErrorResult error={unit.error} onRetry={() => void unit.refetch()} />

  const data = unit.data
  const versionQuery = data.version === '2025' ? '' : '?phien-ban=legacy'
  const crumbs = [
    { key: 'units', title: <Link to={`/don-vi${versionQuery}`}>{messages.units.title}</Link> },
    ...rootFirst(data).map((ancestor) => ({
      key: String(ancestor.id),
      title: <Link to={`/don-vi/${ancestor.id}`}>{ancestor.name}</Link>,
    })),
    { key: 'self', title: data.name },
  ]

  return (
    <Flex vertical gap={16}>
      <Breadcrumb items={crumbs} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data.name}
        </Typography.Title>
        <Flex gap={8} wrap>
          {allows(account, 'campaign:read') && (
            <Link to={`/don-vi/${data.id}/danh-gia`}>
              <Button>{messages.evaluations.open}</Button>
            </Link>
          )}
          {allows(account, 'campaign:read') && (
            <Link to={`/don-vi/${data.id}/tieu-chuan`}>
              <Button>{unitStandardsMessages.open}</Button>
            </Link>
          )}
          {allows(account, 'campaign:read') && (
            <Link to={`/don-vi/${data.id}/mo-hinh`}>
              <Button>{modelMessages.open}</Button>
            </Link>
          )}
          {allows(account, 'campaign:read') && ['commune', 'district'].includes(data.kind) && (
            <Link to={`/don-vi/${data.id}/so-lieu-toi-pham`}>
              <Button>{crimeStatisticsMessages.open}</Button>
            </Link>
          )}
          {allows(account, 'campaign:read') && data.kind !== 'province' && (
            <Link to={`/don-vi/${data.id}/hoat-dong`}>
              <Button>{activityMessages.open}</Button>
            </Link>
          )}
          {allows(account, 'units:write') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {messages.app.edit}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card title={messages.unit.details}>
        <UnitDetails unit={data} />
      </Card>
      {data.childCount > 0 && (
        <Card title={messages.unit.children}>
          <UnitChildrenTable key={data.id} unitId={data.id} />
        </Card>
      )}
      <Card title={messages.unit.history}>
        <UnitHistory unitId={data.id} />
      </Card>
      <UnitEditModal unit={data} open={editing} onClose={() => setEditing(false)} />
    </Flex>
  )
}
