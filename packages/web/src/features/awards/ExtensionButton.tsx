import { App, Button, DatePicker, Form, Input, Modal } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'
import { useGrantDossierExtension } from './nominations-api'

type Values = { until: Dayjs; reason: string }

/** The police extend the plan's dossier deadline for every unit (audited by the server). */
export function ExtensionButton({ planId, year }: { planId: number; year: number }) {
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const grant = useGrantDossierExtension(planId)
  const submit = (values: Values) =>
    grant.mutate(
      { year, unitIds: null, until: values.until.format('YYYY-MM-DD'), reason: values.reason },
      {
        onSuccess: () => {
          void message.success(m.extension.done)
          setOpen(false)
        },
      },
    )
  return (
    <>
      <Button onClick={() => setOpen(true)}>{m.extension.open}</Button>
      <Modal
        open={open}
        title={m.extension.open}
        okText={m.extension.save}
        okButtonProps={{ loading: grant.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ApiErrorAlert error={grant.error} />
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="until" label={m.extension.until} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="reason" label={m.extension.reason} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
