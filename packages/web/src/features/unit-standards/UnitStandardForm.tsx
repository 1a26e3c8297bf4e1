import { Alert, App, Button, Checkbox, DatePicker, Flex, Form, Input, Select } from 'antd'
import { STANDARD_STATUS_LABELS, STANDARD_STATUSES } from '@antq/core'
import type { Dayjs } from 'dayjs'
import { ApiError } from '../../api/client'
import { unitStandardsMessages as m } from '../../messages/vi-unit-standards'
import { useRecordStandard, type UnitStandardsView } from './unit-standards-api'

type Values = {
  kind: string
  status: string
  validFrom: Dayjs
  validTo?: Dayjs | null
  decisionNumber?: string
  decisionDate?: Dayjs | null
  decisionIssuer?: string
  criteria?: string[]
  note?: string
}

const detailsOf = (error: Error) =>
  error instanceof ApiError && error.details.length > 0
    ? error.details.map((detail) => detail.message).join('; ')
    : undefined
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null)
const text = (value: string | undefined) => (value?.trim() ? value.trim() : null)

/** The form recording one result of a standard (a 19.2 evaluation, a recognition, a revocation). */
export function UnitStandardForm({ data }: { data: UnitStandardsView }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const save = useRecordStandard(data.unit.id)
  const kinds = data.kinds.filter((kind) => kind.recordable)
  const kindId = Form.useWatch('kind', form)
  const kind = data.kinds.find((each) => each.id === kindId)
  const submit = (values: Values) => {
    const met = new Set(values.criteria ?? [])
    save.mutate(
      {
        ...{ kind: values.kind, status: values.status, validFrom: iso(values.validFrom) ?? '' },
        validTo: iso(values.validTo),
        decisionNumber: text(values.decisionNumber),
        decisionDate: iso(values.decisionDate),
        decisionIssuer: text(values.decisionIssuer),
        answers: kind?.criteria.length
          ? Object.fromEntries(kind.criteria.map((item) => [item.id, met.has(item.id)]))
          : null,
        note: text(values.note),
      },
      {
        onSuccess: () => {
          void message.success(m.saved)
          form.resetFields()
        },
      },
    )
  }
  if (kinds.length === 0) return <Alert type="info" showIcon title={m.cannotRecord} />
  const required = [{ required: true, message: m.required }]
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ status: 'dat' }}>
      <Flex gap={16} wrap>
        <Form.Item name="kind" label={m.kind} rules={required} style={{ minWidth: 360 }}>
          <Select options={kinds.map((each) => ({ value: each.id, label: each.label }))} />
        </Form.Item>
        <Form.Item name="status" label={m.status} rules={required}>
          <Select
            style={{ width: 160 }}
            options={STANDARD_STATUSES.map((value) => ({
              value,
              label: STANDARD_STATUS_LABELS[value],
            }))}
          />
        </Form.Item>
        <Form.Item name="validFrom" label={m.validFrom} rules={required}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="validTo" label={m.validTo}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 160 }} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="decisionNumber" label={m.decisionNumber}>
          <Input maxLength={100} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="decisionDate" label={m.decisionDate}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="decisionIssuer" label={m.decisionIssuer}>
          <Input maxLength={300} style={{ width: 320 }} />
        </Form.Item>
      </Flex>
      {kind && kind.criteria.length > 0 && (
        <Form.Item name="criteria" label={m.criteria}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={kind.criteria.map((item) => ({ value: item.id, label: item.text }))}
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={m.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {save.error && (
        <Alert
          type="error"
          showIcon
          title={save.error.message}
          description={detailsOf(save.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {m.save}
      </Button>
    </Form>
  )
}
