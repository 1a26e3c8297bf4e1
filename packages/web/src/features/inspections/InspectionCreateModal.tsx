import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { useNavigate } from 'react-router'
import type { Plan } from '@antq/core'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { useCreateInspection } from './inspections-api'

type Values = {
  title: string
  year: number
  reference?: string
  period: [Dayjs, Dayjs]
  leadName: string
  planInspectionId?: string | null
}

/** A new inspection under the plan: what, when, who leads; the team and units come next. */
export function InspectionCreateModal(props: { plan: Plan; planId: number; onClose: () => void }) {
  const navigate = useNavigate()
  const create = useCreateInspection(props.planId)
  const [form] = Form.useForm<Values>()
  const clauses: Plan['inspections'] = (props.plan as Partial<Plan>).inspections ?? []
  const first = clauses[0]
  const submit = (values: Values) =>
    create.mutate(
      {
        title: values.title,
        year: values.year,
        reference: values.reference?.trim() ? values.reference.trim() : null,
        periodFrom: values.period[0].format('YYYY-MM-DD'),
        periodTo: values.period[1].format('YYYY-MM-DD'),
        leadName: values.leadName,
        planInspectionId: values.planInspectionId ?? null,
      },
      { onSuccess: (view) => void navigate(`/kiem-tra/${view.id}`) },
    )
  return (
    <Modal
      open
      title={m.create}
      okText={m.create}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={props.onClose}
    >
      <ApiErrorAlert error={create.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          year: props.plan.period.startYear,
          title: first?.label,
          planInspectionId: first?.id ?? null,
        }}
      >
        <Form.Item name="planInspectionId" label={m.fields.planInspection}>
          <Select
            allowClear
            options={clauses.map((item) => ({ value: item.id, label: item.label }))}
          />
        </Form.Item>
        <Form.Item name="title" label={m.fields.title} rules={[{ required: true, min: 3 }]}>
          <Input.TextArea maxLength={500} autoSize />
        </Form.Item>
        <Form.Item name="year" label={m.fields.year} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="period" label={m.fields.period} rules={[{ required: true }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="leadName" label={m.fields.leadName} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="reference" label={m.fields.reference}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
