import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { MODEL_BODIES, MODEL_TYPES } from '@antq/core'
import { modelMessages as m } from '../../messages/vi-models'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { UnitPicker } from '../units/UnitPicker'
import { modelApi, useModelWrite, type ModelView } from './models-api'

type Values = {
  name: string
  typeId: string
  body: string
  members: number
  startedOn: Dayjs
  zaloGroup?: string
  sites?: { unitId: number; teams: number }[]
  reason?: string
}

/** Register a model (unitId) or edit one (model): its record and its sites with their teams. */
export function ModelFormModal(props: {
  unitId?: number
  model?: ModelView
  onClose: () => void
  onSaved?: (id: number) => void
}) {
  const { model } = props
  const [form] = Form.useForm<Values>()
  const write = useModelWrite(
    model ? modelApi.update(model.id) : modelApi.create(props.unitId ?? 0),
  )
  const submit = (values: Values) =>
    write.mutate(
      {
        ...values,
        startedOn: values.startedOn.format('YYYY-MM-DD'),
        zaloGroup: values.zaloGroup?.trim() || null,
        sites: values.sites ?? [],
        ...(model ? { rowVersion: model.rowVersion, reason: values.reason ?? '' } : {}),
      },
      {
        onSuccess: (saved) => {
          props.onSaved?.(saved.id)
          props.onClose()
        },
      },
    )
  return (
    <Modal
      open
      title={model ? `${m.edit}: ${model.name}` : m.create}
      okText={m.save}
      cancelText={m.cancel}
      confirmLoading={write.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <ApiErrorAlert error={write.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          model
            ? {
                ...{ name: model.name, typeId: model.typeId, body: model.body },
                ...{ members: model.members, startedOn: dayjs(model.startedOn) },
                ...{ zaloGroup: model.zaloGroup ?? '', sites: model.sites },
              }
            : { body: 'model', members: 10 }
        }
      >
        <Form.Item name="name" label={m.fields.name} rules={[{ required: true, max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="typeId" label={m.fields.type} rules={[{ required: true }]}>
          <Select options={MODEL_TYPES.map((type) => ({ value: type.id, label: type.label }))} />
        </Form.Item>
        <Form.Item name="body" label={m.fields.body}>
          <Select
            options={Object.entries(MODEL_BODIES).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="members" label={m.fields.members} rules={[{ required: true }]}>
            <InputNumber min={0} max={100000} />
          </Form.Item>
          <Form.Item name="startedOn" label={m.fields.startedOn} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Space>
        <Form.Item name="zaloGroup" label={m.fields.zaloGroup} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.List name="sites">
          {(fields, { add, remove }) => (
            <Form.Item label={m.fields.sites}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'unitId']} rules={[{ required: true }]}>
                    <UnitPicker ariaLabel={m.fields.sites} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'teams']} initialValue={1}>
                    <InputNumber min={1} max={1000} aria-label={m.fields.teams} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>×</Button>
                </Space>
              ))}
              <Button onClick={() => add({ teams: 1 })}>{m.fields.addSite}</Button>
            </Form.Item>
          )}
        </Form.List>
        {model && (
          <Form.Item name="reason" label={m.fields.reason}>
            <Input.TextArea maxLength={2000} rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
