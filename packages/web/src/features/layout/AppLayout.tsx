import { Suspense, useState } from 'react'
import { Button, Drawer, Grid, Layout, Menu, Typography, type MenuProps } from 'antd'
import {
  ApartmentOutlined,
  BulbOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  AlertOutlined,
  FlagOutlined,
  FileTextOutlined,
  OrderedListOutlined,
  HistoryOutlined,
  MenuOutlined,
  TeamOutlined,
  TrophyOutlined,
  UploadOutlined,
} from '@ant-design/icons'
import { Link, Outlet, useLocation } from 'react-router'
import { FullPageSpin } from '../../components/FullPageSpin'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { assignmentMessages } from '../../messages/vi-assignments'
import { awardMessages } from '../../messages/vi-awards'
import { crimeStatisticsMessages } from '../../messages/vi-crime-statistics'
import { eventMessages } from '../../messages/vi-events'
import { activityMessages } from '../../messages/vi-activities'
import { modelMessages } from '../../messages/vi-models'
import { todoMessages } from '../../messages/vi-todo'
import { useAccount } from '../auth/use-account'
import { AppHeader } from './AppHeader'

type MenuItem = Required<MenuProps>['items'][number]

function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? ''
  return `/${first}`
}

export function AppLayout() {
  const account = useAccount()
  const { pathname } = useLocation()
  // Below antd's lg (992 px) the menu is a drawer opened from the header: on a phone a fixed
  // sider would take half the screen and cover the header's account actions (issue 13 item 4).
  const phone = !Grid.useBreakpoint().lg
  const [menuOpen, setMenuOpen] = useState(false)
  const items: MenuItem[] = [
    {
      key: '/viec-can-lam',
      icon: <CarryOutOutlined />,
      label: <Link to="/viec-can-lam">{todoMessages.nav}</Link>,
    },
    {
      key: '/don-vi',
      icon: <ApartmentOutlined />,
      label: <Link to="/don-vi">{messages.nav.units}</Link>,
    },
  ]
  if (allows(account, 'units:import'))
    items.push({
      key: '/nhap-don-vi',
      icon: <UploadOutlined />,
      label: <Link to="/nhap-don-vi">{messages.nav.import}</Link>,
    })
  if (allows(account, 'plans:read'))
    items.push({
      key: '/ke-hoach',
      icon: <FileTextOutlined />,
      label: <Link to="/ke-hoach">{messages.nav.plans}</Link>,
    })
  if (allows(account, 'campaign:report'))
    items.push({
      key: '/nhiem-vu',
      icon: <CheckSquareOutlined />,
      label: <Link to="/nhiem-vu">{assignmentMessages.nav}</Link>,
    })
  if (allows(account, 'plans:read'))
    items.push({
      key: '/bo-tieu-chi',
      icon: <OrderedListOutlined />,
      label: <Link to="/bo-tieu-chi">{messages.nav.criteria}</Link>,
    })
  if (allows(account, 'nominations:read'))
    items.push({
      key: '/khen-thuong',
      icon: <TrophyOutlined />,
      label: <Link to="/khen-thuong">{awardMessages.nav}</Link>,
    })
  if (allows(account, 'campaign:read'))
    items.push({
      key: '/ngay-hoi',
      icon: <FlagOutlined />,
      label: <Link to="/ngay-hoi">{eventMessages.nav}</Link>,
    })
  // The police of a commune or district enter its monthly crime figures.
  const police = account.scopeUnit
  if (allows(account, 'campaign:read') && police && ['commune', 'district'].includes(police.kind))
    items.push({
      key: '/so-lieu-toi-pham',
      icon: <AlertOutlined />,
      label: (
        <Link to={`/don-vi/${police.id}/so-lieu-toi-pham`}>{crimeStatisticsMessages.nav}</Link>
      ),
    })
  // A unit's clerk records its propaganda sessions, conferences, articles and trainings.
  if (allows(account, 'campaign:read') && police && police.kind !== 'province')
    items.push({
      key: '/hoat-dong',
      icon: <AlertOutlined />,
      label: <Link to={`/don-vi/${police.id}/hoat-dong`}>{activityMessages.nav}</Link>,
    })
  // Every unit keeps its register of models (HD 22).
  if (allows(account, 'campaign:read') && account.scopeUnit)
    items.push({
      key: '/mo-hinh',
      icon: <BulbOutlined />,
      label: <Link to={`/don-vi/${account.scopeUnit.id}/mo-hinh`}>{modelMessages.nav}</Link>,
    })
  if (allows(account, 'accounts:manage'))
    items.push({
      key: '/tai-khoan',
      icon: <TeamOutlined />,
      label: <Link to="/tai-khoan">{messages.nav.accounts}</Link>,
    })
  if (allows(account, 'audit:read'))
    items.push({
      key: '/nhat-ky',
      icon: <HistoryOutlined />,
      label: <Link to="/nhat-ky">{messages.nav.audit}</Link>,
    })

  const navigation = (
    <nav aria-label={messages.nav.menu}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[selectedKey(pathname)]}
        items={items}
        onClick={() => setMenuOpen(false)}
      />
    </nav>
  )
  const title = (
    <Typography.Title level={4} style={{ color: '#fff', padding: '16px 24px', margin: 0 }}>
      {messages.app.name}
    </Typography.Title>
  )
  const menuButton = phone ? (
    <Button
      icon={<MenuOutlined />}
      aria-label={messages.nav.openMenu}
      aria-expanded={menuOpen}
      onClick={() => setMenuOpen(true)}
    />
  ) : undefined

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider width={220}>
          {title}
          {navigation}
        </Layout.Sider>
      )}
      {/* minWidth 0: a wide table scrolls inside its card, it never widens the page. */}
      <Layout style={{ minWidth: 0 }}>
        <AppHeader menuButton={menuButton} />
        <Layout.Content style={{ margin: phone ? 8 : 16, minWidth: 0 }}>
          <main>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          placement="left"
          size={260}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          {title}
          {navigation}
        </Drawer>
      )}
    </Layout>
  )
}
