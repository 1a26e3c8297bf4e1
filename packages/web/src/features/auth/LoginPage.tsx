import { useEffect } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { useNavigate, useSearchParams } from 'react-router'
import { LOGIN_PATH } from '../../api/client'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { login, sessionQueryKey } from './auth-api'

type LoginForm = { username: string; password: string }

/** Where every role lands: its to-do (issue 13 item 1). */
const HOME = '/viec-can-lam'

/** Only same-site paths are followed after login (no "//evil.example"). */
function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return HOME
  return value.startsWith(LOGIN_PATH) ? HOME : value
}

/** While the clerk types, the signed-in shell and the to-do page's code arrive (ADR 032). */
function prefetchHome() {
  void import('../layout/AppLayout')
  void import('../todo/TodoPage')
}

export function LoginPage() {
  useDocumentTitle()
  useEffect(prefetchHome, [])
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: ({ username, password }: LoginForm) => login(username.trim(), password),
    onSuccess: (account) => {
      queryClient.clear()
      queryClient.setQueryData(sessionQueryKey, account)
      void navigate(safeNext(params.get('tiep')), { replace: true })
    },
  })

  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {messages.app.title}
        </Typography.Title>
        <Typography.Title level={4} type="secondary" style={{ marginTop: 0 }}>
          {messages.auth.loginHeading}
        </Typography.Title>
        {mutation.isError && (
          <Alert
            type="error"
            showIcon
            title={mutation.error.message}
            role="alert"
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginForm>
          layout="vertical"
          onFinish={(values) => mutation.mutate(values)}
          requiredMark={false}
        >
          <Form.Item
            name="username"
            label={messages.auth.username}
            rules={[{ required: true, whitespace: true, message: messages.auth.usernameRequired }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={messages.auth.password}
            rules={[{ required: true, message: messages.auth.passwordRequired }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {messages.auth.submit}
          </Button>
        </Form>
      </Card>
    </Flex>
  )
}
