import type { ReactNode } from 'react'
import { Button, Flex, Layout, Space, Typography } from 'antd'
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { ROLE_LABELS } from '@antq/core'
import { Link } from 'react-router'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { useLogout } from '../auth/use-logout'
import { NotificationBell } from '../notifications/NotificationBell'

/** `menuButton`: on a phone, the button opening the menu drawer, first in the header. */
export function AppHeader({ menuButton }: { menuButton?: ReactNode }) {
  const account = useAccount()
  const logout = useLogout()
  const roles = account.roles.map((role) => ROLE_LABELS[role]).join(', ')
  const scope = account.scopeUnit?.name ?? messages.app.nationwide

  return (
    <Layout.Header
      style={{ background: '#fff', paddingInline: 16, height: 'auto', lineHeight: 1.4 }}
    >
      <Flex justify="space-between" align="center" wrap gap={8} style={{ paddingBlock: 8 }}>
        {menuButton}
        <section aria-label={messages.nav.account} style={{ flex: '1 1 180px', minWidth: 0 }}>
          <Space>
            <UserOutlined />
            <Typography.Text strong>{account.fullName}</Typography.Text>
          </Space>
          <div>
            <Typography.Text type="secondary">
              {roles} · {messages.nav.scope}: {scope}
            </Typography.Text>
          </div>
        </section>
        <Space wrap>
          <NotificationBell />
          <Link to="/doi-mat-khau">
            <Button icon={<KeyOutlined />}>{messages.auth.changePassword}</Button>
          </Link>
          <Button
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => logout.mutate()}
          >
            {messages.auth.logout}
          </Button>
        </Space>
      </Flex>
    </Layout.Header>
  )
}
