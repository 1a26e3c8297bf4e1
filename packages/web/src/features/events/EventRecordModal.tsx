// The form recording an event held: which of the plan's events and the unit, then its facts
// (EventFactsFields). Photos are added once it is saved (EventDetailModal).
import { Form, Modal, Select, message } from 'antd'
import { useState } from 'react'
import { eventMessages as m } from '../../messages/vi-events'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { useRecordEvent, type PlanEventItem } from './events-api'
import { EventFactsFields, factsOf, requiredRule, type EventFactsValues } from './EventFactsFields'

type UnitOption = { id: number; name: string }
type Values = EventFactsValues & { planEventId: string; unitId: number }

export function EventRecordModal(props: {
  planId: number
  year: number
  events: readonly PlanEventItem[]
  units: readonly UnitOption[]
  onClose: (eventId?: number) => void
}) {
  const [form] = Form.useForm<Values>()
  const [unitId, setUnitId] = useState<number | undefined>(props.units[0]?.id)
  const record = useRecordEvent(props.planId)
  async function submit(values: Values) {
    const saved = await record.mutateAsync({
      ...{ planEventId: values.planEventId, unitId: values.unitId },
      ...factsOf(values),
    })
    void message.success(m.form.saved)
    props.onClose(saved.id)
  }
  return (
    <Modal
      open
      width={720}
      title={m.form.title}
      okText={m.form.save}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={() => props.onClose()}
      destroyOnHidden
    >
      <ApiErrorAlert error={record.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values).catch(() => undefined)}
        initialValues={{
          planEventId: props.events[0]?.id,
          unitId: props.units[0]?.id,
          programme: [{ part: 'ceremony', title: '' }],
        }}
      >
        <Form.Item name="planEventId" label={m.form.event} rules={requiredRule}>
          <Select
            options={props.events.map((event) => ({ value: event.id, label: event.label }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={m.form.unit} rules={requiredRule}>
          <Select
            showSearch
            optionFilterProp="label"
            onChange={(value: number) => setUnitId(value)}
            options={props.units.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </Form.Item>
        <EventFactsFields unitId={unitId} year={props.year} />
      </Form>
    </Modal>
  )
}
