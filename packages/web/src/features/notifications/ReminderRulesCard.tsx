// The plan's reminder rules (ADR 029) on its page: read by everyone on the plan, edited by its
// owner (the server refuses anyone else) — days before, on the day, once late, and after how
// many days late the managing unit is told.
import { useEffect } from 'react'
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Typography } from 'antd'
import { ErrorResult } from '../../components/ErrorResult'
import { messages } from '../../messages/vi'
import { notificationMessages } from '../../messages/vi-notifications'
import { useReminderRules, useSaveRules } from './notifications-api'

const m = notificationMessages.rules

type RulesForm = {
  daysBefore: string
  onDay: boolean
  whenLate: boolean
  escalateAfterDays: number | null
  reason: string
}

const parseDays = (text: string) =>
  text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number)

export function ReminderRulesCard({ planId, canEdit }: { planId: number; canEdit: boolean }) {
  const rules = useReminderRules(planId)
  const save = useSaveRules(planId)
  const { message } = App.useApp()
  const [form] = Form.useForm<RulesForm>()
  const data = rules.data
  useEffect(() => {
    if (data)
      form.setFieldsValue({
        daysBefore: data.daysBefore.join(', '),
        onDay: data.onDay,
        whenLate: data.whenLate,
        escalateAfterDays: data.escalateAfterDays,
        reason: '',
      })
  }, [data, form])
  if (rules.isError) return <ErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
  return (
    <Card title={m.title} loading={rules.isPending} id="quy-tac-nhac-viec">
      <Typography.Paragraph type="secondary">
        {m.intro} {data && (data.custom && data.updatedBy ? m.custom(data.updatedBy) : m.defaults)}
      </Typography.Paragraph>
      {save.isError && (
        <Alert type="error" showIcon title={save.error.message} style={{ marginBottom: 12 }} />
      )}
      <Form<RulesForm>
        form={form}
        layout="vertical"
        disabled={!canEdit}
        style={{ maxWidth: 480 }}
        onFinish={(values) =>
          save.mutate(
            {
              daysBefore: parseDays(values.daysBefore),
              onDay: values.onDay,
              whenLate: values.whenLate,
              escalateAfterDays: values.escalateAfterDays ?? null,
              reason: values.reason.trim() || undefined,
            },
            { onSuccess: () => void message.success(m.saved) },
          )
        }
      >
        <Form.Item
          name="daysBefore"
          label={m.daysBefore}
          extra={m.daysBeforeHelp}
          rules={[
            { pattern: /^\s*(\d{1,2}\s*([,;\s]\s*\d{1,2}\s*){0,4})?$/, message: m.daysBeforeHelp },
          ]}
        >
          <Input maxLength={40} placeholder="7, 1" />
        </Form.Item>
        <Form.Item name="onDay" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{m.onDay}</Checkbox>
        </Form.Item>
        <Form.Item name="whenLate" valuePropName="checked">
          <Checkbox>{m.whenLate}</Checkbox>
        </Form.Item>
        <Form.Item name="escalateAfterDays" label={m.escalate} extra={m.escalateHelp}>
          <InputNumber min={1} max={90} style={{ width: 120 }} />
        </Form.Item>
        {canEdit && (
          <>
            <Form.Item name="reason" label={m.reason}>
              <Input maxLength={500} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {messages.app.save}
            </Button>
          </>
        )}
      </Form>
    </Card>
  )
}
