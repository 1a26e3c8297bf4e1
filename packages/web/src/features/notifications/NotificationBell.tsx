// The bell in the header (ADR 029): the unread count, and the latest notifications in a
// dropdown — each opens its page (and is marked read) or gives its text for a Zalo group.
import { useState } from 'react'
import { Badge, Button, Flex, Modal, Popover, Typography } from 'antd'
import { BellOutlined } from '@ant-design/icons'
import { formatDateTimeVi } from '@antq/core'
import { Link, useNavigate } from 'react-router'
import { notificationMessages as m } from '../../messages/vi-notifications'
import { useMarkRead, useNotifications, type NotificationView } from './notifications-api'
import { shareTextOf, ZaloShare } from './ZaloShare'

export function NotificationRow({
  item,
  onOpen,
  onShare,
}: {
  item: NotificationView
  onOpen: () => void
  onShare: () => void
}) {
  return (
    <Flex vertical gap={2} style={{ paddingBlock: 6, borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Text strong={!item.read} style={{ overflowWrap: 'anywhere' }}>
        {item.message}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.kinds[item.kind] ?? item.kind} · {formatDateTimeVi(item.createdAt)}
        {item.createdBy ? ` · ${m.from(item.createdBy)}` : ''}
      </Typography.Text>
      <Flex gap={8}>
        <Button size="small" type="link" onClick={onOpen} style={{ paddingInline: 0 }}>
          {m.open}
        </Button>
        <Button size="small" type="link" onClick={onShare}>
          {m.zalo.copy}
        </Button>
      </Flex>
    </Flex>
  )
}

export function NotificationBell() {
  const list = useNotifications(10)
  const markRead = useMarkRead()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [sharing, setSharing] = useState<NotificationView | null>(null)
  const unread = list.data?.unread ?? 0
  const openItem = (item: NotificationView) => {
    if (!item.read) markRead.mutate(item.id)
    setOpen(false)
    void navigate(item.link)
  }
  const content = (
    <Flex vertical style={{ width: 'min(380px, 85vw)', maxHeight: 420, overflowY: 'auto' }}>
      {(list.data?.items ?? []).length === 0 && <Typography.Text>{m.empty}</Typography.Text>}
      {(list.data?.items ?? []).map((item) => (
        <NotificationRow
          key={item.id}
          item={item}
          onOpen={() => openItem(item)}
          onShare={() => {
            setOpen(false)
            setSharing(item)
          }}
        />
      ))}
      <Flex justify="space-between" style={{ paddingTop: 8 }}>
        <Link to="/thong-bao" onClick={() => setOpen(false)}>
          {m.all}
        </Link>
        {unread > 0 && (
          <Button size="small" onClick={() => markRead.mutate('all')}>
            {m.markAll}
          </Button>
        )}
      </Flex>
    </Flex>
  )
  return (
    <>
      <Popover
        content={content}
        title={m.title}
        trigger="click"
        open={open}
        onOpenChange={setOpen}
        placement="bottomRight"
      >
        <Badge count={unread} overflowCount={99}>
          <Button icon={<BellOutlined />} aria-label={m.bell(unread)} />
        </Badge>
      </Popover>
      <Modal
        open={sharing !== null}
        title={m.zalo.title}
        footer={null}
        onCancel={() => setSharing(null)}
        destroyOnHidden
      >
        {sharing && <ZaloShare text={shareTextOf(sharing.message, sharing.link)} />}
      </Modal>
    </>
  )
}
