import { Col, Empty, Row, Space, Tag, Typography } from 'antd'
import { UNIT_VERSION_LABELS } from '@antq/core'
import type { MergeLink } from '../../api/types'
import { messages } from '../../messages/vi'
import { useUnitHistory } from './use-unit-queries'
import { UnitLink } from './UnitLink'

function MergeList({ title, links }: { title: string; links: MergeLink[] }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {links.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={messages.app.none} />
      ) : (
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {links.map((link) => (
            <li key={`${link.unit.id}-${link.type}`} style={{ marginBottom: 4 }}>
              <Space wrap size={4}>
                <UnitLink unit={link.unit} />
                <Tag color={link.type === 'full' ? 'blue' : 'gold'}>
                  {messages.unit.mergeType[link.type]}
                </Tag>
                <Typography.Text type="secondary">
                  {UNIT_VERSION_LABELS[link.unit.version]}
                </Typography.Text>
              </Space>
              {link.unit.trail && (
                <div>
                  <Typography.Text type="secondary">{link.unit.trail}</Typography.Text>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** "Sáp nhập từ" / "Sáp nhập vào": the old↔new units of the 2025 reform, each a link. */
export function UnitHistory({ unitId }: { unitId: number }) {
  const history = useUnitHistory(unitId)
  if (history.isPending)
    return <Typography.Text type="secondary">{messages.app.loading}</Typography.Text>
  if (history.isError)
    return <Typography.Text type="danger">{history.error.message}</Typography.Text>
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={12}>
        <MergeList title={messages.unit.mergedFrom} links={history.data.mergedFrom} />
      </Col>
      <Col xs={24} md={12}>
        <MergeList title={messages.unit.mergedInto} links={history.data.mergedInto} />
      </Col>
    </Row>
  )
}
