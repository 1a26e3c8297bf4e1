// The facts of an event held, shared by recording it and correcting it: the day, participants,
// name, place, the programme (phần lễ, phần hội), models showcased, awards handed over (signed
// decisions the unit may hand over that year) and notes.
import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import { eventMessages as m } from '../../messages/vi-events'
import { useEventDecisions } from './events-api'

export type EventFactsValues = {
  heldOn: Dayjs
  title: string
  place: string
  participants: number
  programme: { part: string; title: string }[]
  models?: string[]
  decisionIds?: number[]
  notes?: string
}

export const requiredRule = [{ required: true, message: m.form.required }]

/** The request body's facts from the form's values. */
export function factsOf(values: EventFactsValues) {
  return {
    heldOn: values.heldOn.format('YYYY-MM-DD'),
    ...{ title: values.title, place: values.place, participants: values.participants },
    programme: values.programme,
    models: values.models ?? [],
    awards: (values.decisionIds ?? []).map((decisionId) => ({ decisionId, note: null })),
    notes: values.notes?.trim() ? values.notes.trim() : null,
  }
}

export function EventFactsFields({ unitId, year }: { unitId: number | undefined; year: number }) {
  const decisions = useEventDecisions(unitId, year)
  return (
    <>
      <Space wrap>
        <Form.Item name="heldOn" label={m.form.heldOn} rules={requiredRule}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="participants" label={m.form.participants} rules={requiredRule}>
          <InputNumber min={0} max={200000} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item name="title" label={m.form.name} rules={requiredRule}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="place" label={m.form.place} rules={requiredRule}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.List name="programme">
        {(fields, { add, remove }) => (
          <Form.Item label={m.form.programme}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'part']} rules={requiredRule}>
                  <Select
                    aria-label={m.form.part}
                    style={{ width: 130 }}
                    options={Object.entries(m.parts).map(([value, label]) => ({ value, label }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} rules={requiredRule}>
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
    </>
  )
}
