// /thong-bao (ADR 029): every notification of the account, newest first — open its page, mark
// it read, or give its text and QR code for a Zalo group — and how the account is told.
import { useState } from 'react'
import { Button, Card, Flex, Modal, Table, Tag, Typography } from 'antd'
import { formatDateTimeVi } from '@antq/core'
import { useNavigate } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { notificationMessages as m } from '../../messages/vi-notifications'
import { NotificationSettingsCard } from './NotificationSettingsCard'
import { useMarkRead, useNotifications, type NotificationView } from './notifications-api'
import { shareTextOf, ZaloShare } from './ZaloShare'

export function NotificationsPage() {
  useDocumentTitle(m.title)
  const list = useNotifications(200)
  const markRead = useMarkRead()
  const navigate = useNavigate()
  const [sharing, setSharing] = useState<NotificationView | null>(null)
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
  return (
    <Flex vertical gap={16}>
      <Card
        title={m.title}
        loading={list.isPending}
        extra={
          (list.data?.unread ?? 0) > 0 && (
            <Button onClick={() => markRead.mutate('all')}>{m.markAll}</Button>
          )
        }
      >
        <Table<NotificationView>
          rowKey="id"
          size="small"
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: m.empty }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'when',
              title: m.when,
              render: (_v, row) => formatDateTimeVi(row.createdAt),
            },
            {
              key: 'message',
              title: m.message,
              render: (_v, row) => (
                <Flex vertical gap={2} style={{ maxWidth: 560, whiteSpace: 'normal' }}>
                  <Typography.Text strong={!row.read}>{row.message}</Typography.Text>
                  <span>
                    <Tag>{m.kinds[row.kind] ?? row.kind}</Tag>
                    {!row.read && <Tag color="blue">{m.unread}</Tag>}
                    {row.createdBy && (
                      <Typography.Text type="secondary">{m.from(row.createdBy)}</Typography.Text>
                    )}
                  </span>
                </Flex>
              ),
            },
            {
              key: 'actions',
              title: '',
              render: (_v, row) => (
                <Flex gap={4} wrap>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => {
                      if (!row.read) markRead.mutate(row.id)
                      void navigate(row.link)
                    }}
                  >
                    {m.open}
                  </Button>
                  {!row.read && (
                    <Button size="small" onClick={() => markRead.mutate(row.id)}>
                      {m.markRead}
                    </Button>
                  )}
                  <Button size="small" onClick={() => setSharing(row)}>
                    {m.zalo.copy}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <NotificationSettingsCard />
      <Modal
        open={sharing !== null}
        title={m.zalo.title}
        footer={null}
        onCancel={() => setSharing(null)}
        destroyOnHidden
      >
        {sharing && <ZaloShare text={shareTextOf(sharing.message, sharing.link)} />}
      </Modal>
    </Flex>
  )
}
