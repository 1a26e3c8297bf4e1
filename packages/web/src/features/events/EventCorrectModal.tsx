// Correcting an event recorded: its facts prefilled, the plan event, unit and year kept, and a
// reason the history keeps. A record changed by someone else meanwhile is refused (CONFLICT).
import { Form, Input, Modal, Typography, message } from 'antd'
import dayjs from 'dayjs'
import { eventMessages as m } from '../../messages/vi-events'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { useCorrectEvent, type EventDetail } from './events-api'
import { EventFactsFields, factsOf, requiredRule, type EventFactsValues } from './EventFactsFields'

type Values = EventFactsValues & { reason: string }

export function EventCorrectModal({ event, onClose }: { event: EventDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const correct = useCorrectEvent(event.id)
  async function submit(values: Values) {
    await correct.mutateAsync({
      ...factsOf(values),
      ...{ rowVersion: event.rowVersion, reason: values.reason.trim() },
    })
    void message.success(m.correct.saved)
    onClose()
  }
  return (
    <Modal
      open
      width={720}
      title={`${m.correct.title}: ${event.title}`}
      okText={m.form.save}
      confirmLoading={correct.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {m.correct.fixed(event.kindLabel, event.unit.name, event.year)}
      </Typography.Paragraph>
      <ApiErrorAlert error={correct.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values).catch(() => undefined)}
        initialValues={{
          ...{ heldOn: dayjs(event.heldOn), title: event.title, place: event.place },
          ...{ participants: event.participants, models: event.models },
          programme: event.programme.map((item) => ({ part: item.part, title: item.title })),
          decisionIds: event.awards.map((award) => award.decisionId),
          notes: event.notes ?? undefined,
        }}
      >
        <EventFactsFields unitId={event.unit.id} year={event.year} />
        <Form.Item name="reason" label={m.correct.reason} rules={requiredRule}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
