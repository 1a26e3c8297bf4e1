// The form recording an event held: which of the plan's events, the unit, the day and place,
// the programme (phần lễ, phần hội), participants, models showcased, awards handed over (signed
// decisions) and notes. Photos are added once it is saved (EventDetailModal).
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, message } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { eventMessages as m } from '../../messages/vi-events'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { useEventDecisions, useRecordEvent, type PlanEventItem } from './events-api'

type UnitOption = { id: number; name: string }
type Values = {
  planEventId: string
  unitId: number
  heldOn: Dayjs
  title: string
  place: string
  participants: number
  programme: { part: string; title: string }[]
  models?: string[]
  decisionIds?: number[]
  notes?: string
}

export function EventRecordModal(props: {
  planId: number
  year: number
  events: readonly PlanEventItem[]
  units: readonly UnitOption[]
  onClose: (eventId?: number) => void
}) {
  const [form] = Form.useForm<Values>()
  const [unitId, setUnitId] = useState<number | undefined>(props.units[0]?.id)
  const decisions = useEventDecisions(unitId, props.year)
  const record = useRecordEvent(props.planId)
  const required = [{ required: true, message: m.form.required }]
  async function submit(values: Values) {
    const saved = await record.mutateAsync({
      ...{ planEventId: values.planEventId, unitId: values.unitId },
      heldOn: values.heldOn.format('YYYY-MM-DD'),
      ...{ title: values.title, place: values.place, participants: values.participants },
      programme: values.programme,
      models: values.models ?? [],
      awards: (values.decisionIds ?? []).map((decisionId) => ({ decisionId, note: null })),
      notes: values.notes?.trim() ? values.notes.trim() : null,
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
        <Form.Item name="planEventId" label={m.form.event} rules={required}>
          <Select
            options={props.events.map((event) => ({ value: event.id, label: event.label }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={m.form.unit} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            onChange={(value: number) => setUnitId(value)}
            options={props.units.map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="heldOn" label={m.form.heldOn} rules={required}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="participants" label={m.form.participants} rules={required}>
            <InputNumber min={0} max={200000} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={m.form.name} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="place" label={m.form.place} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.List name="programme">
          {(fields, { add, remove }) => (
            <Form.Item label={m.form.programme}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'part']} rules={required}>
                    <Select
                      aria-label={m.form.part}
                      style={{ width: 130 }}
                      options={Object.entries(m.parts).map(([value, label]) => ({ value, label }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} rules={required}>
                    <Input aria-label={m.form.item} maxLength={500} style={{ width: 420 }} />
                  </Form.Item>
                  <Button type="text" onClick={() => remove(field.name)}>
                    ✕
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ part: 'festival', title: '' })}>{m.form.addItem}</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="models" label={m.form.models} extra={m.form.modelsHint}>
          <Select mode="tags" maxCount={30} open={false} />
        </Form.Item>
        <Form.Item name="decisionIds" label={m.form.awards} extra={m.form.awardsHint}>
          <Select
            mode="multiple"
            loading={decisions.isPending}
            options={(decisions.data ?? []).map((row) => ({
              value: row.id,
              label: `${row.number} — ${row.awardFormName}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="notes" label={m.form.notes}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
