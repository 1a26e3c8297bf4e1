// "Cách nhận thông báo" (ADR 029): the account's e-mail and phone, and its channels.
import { useEffect } from 'react'
import { Alert, App, Button, Card, Checkbox, Form, Input, Typography } from 'antd'
import { ErrorResult } from '../../components/ErrorResult'
import { messages } from '../../messages/vi'
import { notificationMessages } from '../../messages/vi-notifications'
import { useNotificationSettings, useSaveSettings } from './notifications-api'

const m = notificationMessages.settings

type SettingsForm = { email: string; phone: string; inApp: boolean; email_channel: boolean }

export function NotificationSettingsCard() {
  const settings = useNotificationSettings()
  const save = useSaveSettings()
  const { message } = App.useApp()
  const [form] = Form.useForm<SettingsForm>()
  const data = settings.data
  useEffect(() => {
    if (data)
      form.setFieldsValue({
        email: data.email ?? '',
        phone: data.phone ?? '',
        inApp: data.inApp,
        email_channel: data.email_channel,
      })
  }, [data, form])
  if (settings.isError)
    return <ErrorResult error={settings.error} onRetry={() => void settings.refetch()} />
  return (
    <Card title={m.title} loading={settings.isPending} style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {data && !data.emailConfigured && (
        <Alert type="info" showIcon title={m.notConfigured} style={{ marginBottom: 12 }} />
      )}
      {save.isError && (
        <Alert type="error" showIcon title={save.error.message} style={{ marginBottom: 12 }} />
      )}
      <Form<SettingsForm>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(
            {
              email: values.email.trim() || null,
              phone: values.phone.trim() || null,
              inApp: values.inApp,
              email_channel: values.email_channel,
            },
            { onSuccess: () => void message.success(m.saved) },
          )
        }
      >
        <Form.Item
          name="email"
          label={m.email}
          rules={[{ type: 'email', message: m.emailInvalid }]}
        >
          <Input type="email" autoComplete="email" maxLength={254} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={m.phone}
          rules={[{ pattern: /^\+?[0-9 .]{8,20}$/, message: m.phoneInvalid }]}
        >
          <Input type="tel" autoComplete="tel" maxLength={20} />
        </Form.Item>
        <Form.Item name="inApp" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{m.inApp}</Checkbox>
        </Form.Item>
        <Form.Item name="email_channel" valuePropName="checked">
          <Checkbox>{m.emailChannel}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {messages.app.save}
        </Button>
      </Form>
    </Card>
  )
}
