import { useMutation } from '@tanstack/react-query'
import { App, Alert, Button, Card, Form, Input, Typography } from 'antd'
import { isApiError } from '../../api/client'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { STRONG_PASSWORD } from '../../lib/password'
import { messages } from '../../messages/vi'
import { changePassword } from './auth-api'

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string }

export function ChangePasswordPage() {
  useDocumentTitle(messages.auth.changePassword)
  const [form] = Form.useForm<PasswordForm>()
  const { message } = App.useApp()
  const mutation = useMutation({
    mutationFn: (values: PasswordForm) =>
      changePassword(values.currentPassword, values.newPassword),
    onSuccess: () => {
      form.resetFields()
      void message.success(messages.auth.passwordChanged)
    },
    onError: (error) => {
      if (!isApiError(error)) return
      if (error.code === 'WEAK_PASSWORD' || error.code === 'COMMON_PASSWORD')
        form.setFields([{ name: 'newPassword', errors: [error.message] }])
      if (error.code === 'INVALID_CREDENTIALS')
        form.setFields([{ name: 'currentPassword', errors: [error.message] }])
    },
  })
  const fieldError =
    isApiError(mutation.error) &&
    ['WEAK_PASSWORD', 'COMMON_PASSWORD', 'INVALID_CREDENTIALS'].includes(mutation.error.code)

  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={3}>{messages.auth.changePassword}</Typography.Title>
      {mutation.isError && !fieldError && (
        <Alert type="error" showIcon title={mutation.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form<PasswordForm>
        form={form}
        layout="vertical"
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          name="currentPassword"
          label={messages.auth.currentPassword}
          rules={[{ required: true, message: messages.auth.passwordRequired }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={messages.auth.newPassword}
          extra={messages.auth.passwordRule}
          rules={[
            { required: true, pattern: STRONG_PASSWORD, message: messages.auth.passwordRule },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={messages.auth.confirmPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: messages.auth.passwordRequired },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(messages.auth.confirmMismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {messages.auth.changePasswordSubmit}
        </Button>
      </Form>
    </Card>
  )
}
