import { useMemo, useState } from 'react'
import { Button, Card, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { PlusOutlined, SearchOutlined } from '@ant-design/icons'
import { compareVi, formatDateTimeVi, ROLE_LABELS } from '@antq/core'
import type { AccountView } from '../../api/types'
import { useDebouncedValue } from '../../hooks/use-debounced-value'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { comparePersonNames } from '../../lib/names'
import { messages } from '../../messages/vi'
import { AccountFormModal } from './AccountFormModal'
import { useAccounts } from './use-accounts'

const m = messages.accounts

type Editing = { account: AccountView | null } | null

export function AccountsPage() {
  useDocumentTitle(m.title)
  const [text, setText] = useState('')
  const q = useDebouncedValue(text.trim(), 300)
  const accounts = useAccounts(q)
  const [editing, setEditing] = useState<Editing>(null)
  const rows = useMemo(
    () => [...(accounts.data ?? [])].sort((a, b) => comparePersonNames(a.fullName, b.fullName)),
    [accounts.data],
  )

  const columns: TableColumnsType<AccountView> = [
    {
      title: m.columns.username,
      dataIndex: 'username',
      sorter: (a, b) => compareVi(a.username, b.username),
    },
    {
      title: m.columns.fullName,
      dataIndex: 'fullName',
      sorter: (a, b) => comparePersonNames(a.fullName, b.fullName),
    },
    {
      title: m.columns.roles,
      dataIndex: 'roles',
      render: (_value, account) =>
        account.roles.map((role) => <Tag key={role}>{ROLE_LABELS[role]}</Tag>),
    },
    {
      title: m.columns.scope,
      dataIndex: 'scopeUnit',
      render: (_value, account) => account.scopeUnit?.name ?? messages.app.nationwide,
      sorter: (a, b) => compareVi(a.scopeUnit?.name ?? '', b.scopeUnit?.name ?? ''),
    },
    {
      title: m.columns.active,
      dataIndex: 'active',
      render: (active: boolean) => (
        <Tag color={active ? 'green' : 'red'}>{active ? m.active : m.inactive}</Tag>
      ),
    },
    {
      title: m.columns.lastLogin,
      dataIndex: 'lastLoginAt',
      render: (value: string | null) => (value ? formatDateTimeVi(value) : m.neverLoggedIn),
    },
    {
      title: m.columns.actions,
      key: 'actions',
      render: (_value, account) => (
        <Button
          size="small"
          aria-label={m.editTitle(account.username)}
          onClick={() => setEditing({ account })}
        >
          {messages.app.edit}
        </Button>
      ),
    },
  ]

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ account: null })}
        >
          {m.create}
        </Button>
      </Flex>
      <Card>
        <Input
          aria-label={m.searchLabel}
          placeholder={m.searchPlaceholder}
          prefix={<SearchOutlined />}
          allowClear
          value={text}
          onChange={(event) => setText(event.target.value)}
          style={{ maxWidth: 400, marginBottom: 16 }}
        />
        <Table<AccountView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={accounts.isFetching}
          locale={{ emptyText: accounts.isError ? accounts.error.message : messages.app.none }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
        />
      </Card>
      {editing && <AccountFormModal account={editing.account} onClose={() => setEditing(null)} />}
    </Flex>
  )
}
