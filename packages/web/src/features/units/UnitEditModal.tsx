import { useState } from 'react'
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd'
import {
  describeUnitFieldRefusal,
  editableUnitFields,
  AREA_TYPE_LABELS,
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_SUBTYPES,
} from '@antq/core'
import type { UnitPatch, UnitView } from '../../api/types'
import { applyServerErrors } from '../../lib/form-errors'
import { useAccount } from '../auth/use-account'
import { messages } from '../../messages/vi'
import { isFieldShown, type OptionalField } from './unit-fields'
import { useUpdateUnit } from './use-unit-queries'

type EditForm = Omit<UnitPatch, 'name' | 'reason'> & { name: string; reason: string }

const FIELDS = [
  'name',
  'subtype',
  'areaType',
  'enterpriseSize',
  'schoolLevel',
  'households',
  'staff',
  'pupils',
] as const
const f = messages.unit.fields
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

function changes(unit: UnitView, values: EditForm): Partial<UnitPatch> {
  const patch: Record<string, unknown> = {}
  for (const field of FIELDS) {
    const raw = values[field]
    const next = typeof raw === 'string' ? raw.trim() || null : (raw ?? null)
    if (next !== unit[field] && !(field === 'name' && next === null)) patch[field] = next
  }
  return patch
}

type Props = { unit: UnitView; open: boolean; onClose: () => void }

/** Edit the editable attributes of a unit; every change needs a reason (kept in the audit log). */
export function UnitEditModal({ unit, open, onClose }: Props) {
  const [form] = Form.useForm<EditForm>()
  const { message } = App.useApp()
  const [formError, setFormError] = useState<string | null>(null)
  const mutation = useUpdateUnit(unit.id)
  const shown = (field: OptionalField) => isFieldShown(unit, field)
  // The register guard (ADR 027): who may change which field; the server refuses the rest.
  const editable = editableUnitFields(useAccount().roles, unit.kind)
  const locked = (field: string) =>
    editable !== 'all' && !(editable as readonly string[]).includes(field)
  const count = { min: 0, max: 100_000_000, precision: 0, style: { width: '100%' } }

  const submit = (values: EditForm) => {
    const patch = changes(unit, values)
    if (Object.keys(patch).length === 0) return setFormError(messages.app.noChanges)
    setFormError(null)
    mutation.mutate(
      { ...patch, rowVersion: unit.rowVersion, reason: values.reason.trim() },
      {
        onSuccess: () => {
          void message.success(messages.app.saved)
          onClose()
        },
        onError: (error) => {
          if (!applyServerErrors(form, error, [...FIELDS, 'reason'])) setFormError(error.message)
        },
      },
    )
  }

  return (
    <Modal
      title={messages.unit.editTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={messages.app.save}
      cancelText={messages.app.cancel}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterOpenChange={(visible) => visible || setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {editable !== 'all' && (
        <Alert
          type="info"
          title={describeUnitFieldRefusal(unit.kind)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<EditForm>
        form={form}
        layout="vertical"
        initialValues={{ ...unit, reason: '' }}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label={f.name}
          rules={[{ required: true, whitespace: true, message: messages.unit.nameRequired }]}
        >
          <Input maxLength={200} disabled={locked('name')} />
        </Form.Item>
        {shown('subtype') && (
          <Form.Item name="subtype" label={f.subtype}>
            <Select
              allowClear
              disabled={locked('subtype')}
              options={options(UNIT_SUBTYPES[unit.kind])}
            />
          </Form.Item>
        )}
        {shown('areaType') && (
          <Form.Item name="areaType" label={f.areaType}>
            <Select allowClear disabled={locked('areaType')} options={options(AREA_TYPE_LABELS)} />
          </Form.Item>
        )}
        {shown('enterpriseSize') && (
          <Form.Item name="enterpriseSize" label={f.enterpriseSize}>
            <Select
              allowClear
              disabled={locked('enterpriseSize')}
              options={options(ENTERPRISE_SIZE_LABELS)}
            />
          </Form.Item>
        )}
        {shown('schoolLevel') && (
          <Form.Item name="schoolLevel" label={f.schoolLevel}>
            <Select
              allowClear
              disabled={locked('schoolLevel')}
              options={options(SCHOOL_LEVEL_LABELS)}
            />
          </Form.Item>
        )}
        {(['households', 'staff', 'pupils'] as const).filter(shown).map((field) => (
          <Form.Item key={field} name={field} label={f[field]}>
            <InputNumber {...count} />
          </Form.Item>
        ))}
        <Form.Item
          name="reason"
          label={f.reason}
          rules={[
            { required: true, whitespace: true, message: messages.unit.reasonRequired },
            { min: 3, message: messages.unit.reasonTooShort },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={messages.unit.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
