import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { Permission } from '@antq/core'
import { allows } from '../../lib/permissions'
import { recognitionMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { ApiErrorAlert } from './ApiErrorAlert'
import { documentUrl } from './decisions-api'
import { useRecognitionAction, type RecognitionView } from './recognitions-api'

type Step = 'evaluate' | 'recognise' | 'return' | 'reject'
type Values = {
  criteriaMet?: number
  criteriaTotal?: number
  note?: string
  date?: Dayjs
  issuerCode?: string
  reason?: string
}

/** The steps a row offers now; the server checks the level (managing unit, recogniser). */
const STEPS: Record<string, [Step, Permission][]> = {
  proposed: [
    ['evaluate', 'campaign:review'],
    ['return', 'campaign:review'],
    ['reject', 'campaign:review'],
  ],
  evaluated: [
    ['recognise', 'decisions:sign'],
    ['return', 'decisions:sign'],
    ['reject', 'decisions:sign'],
  ],
}

export function RecognitionActions({ row }: { row: RecognitionView }) {
  const { message } = App.useApp()
  const account = useAccount()
  const act = useRecognitionAction()
  const [step, setStep] = useState<Step | null>(null)
  const [form] = Form.useForm<Values>()
  const base = { id: row.id, rowVersion: row.rowVersion }
  const done = () => {
    void message.success(m.done)
    setStep(null)
  }
  const submit = (values: Values) => {
    if (step === 'evaluate')
      act.mutate(
        {
          ...base,
          action: 'evaluate',
          criteriaMet: values.criteriaMet ?? 0,
          criteriaTotal: values.criteriaTotal ?? 1,
          note: values.note,
        },
        { onSuccess: done },
      )
    if (step === 'recognise')
      act.mutate(
        {
          ...base,
          action: 'recognise',
          date: (values.date ?? dayjs()).format('YYYY-MM-DD'),
          issuerCode: values.issuerCode ?? 'BCĐ',
        },
        { onSuccess: done },
      )
    if (step === 'return' || step === 'reject')
      act.mutate({ ...base, action: step, reason: values.reason ?? '' }, { onSuccess: done })
  }
  const steps = (STEPS[row.status] ?? []).filter(([, permission]) => allows(account, permission))
  return (
    <Space wrap>
      {steps.map(([name]) => (
        <Button key={name} size="small" danger={name === 'reject'} onClick={() => setStep(name)}>
          {m.steps[name]}
        </Button>
      ))}
      {row.status === 'returned' && (
        <Button
          size="small"
          onClick={() => act.mutate({ ...base, action: 'resubmit' }, { onSuccess: done })}
        >
          {m.resubmit}
        </Button>
      )}
      {row.status === 'recognised' && (
        <a href={documentUrl('recognition-certificate', row.id)}>{m.certificate}</a>
      )}
      <Modal
        open={step !== null}
        title={step ? `${m.steps[step]}: ${row.unit.name}` : ''}
        okButtonProps={{ loading: act.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setStep(null)}
        afterClose={() => act.reset()}
        destroyOnHidden
      >
        <ApiErrorAlert error={act.error} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ date: dayjs(), issuerCode: 'BCĐ' }}
          onFinish={submit}
        >
          {step === 'evaluate' && (
            <>
              <Form.Item name="criteriaMet" label={m.criteriaMet} rules={[{ required: true }]}>
                <InputNumber min={0} />
              </Form.Item>
              <Form.Item name="criteriaTotal" label={m.criteriaTotal} rules={[{ required: true }]}>
                <InputNumber min={1} />
              </Form.Item>
              <Form.Item name="note" label={m.note}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {step === 'recognise' && (
            <>
              <Form.Item name="date" label={m.date} rules={[{ required: true }]}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
              <Form.Item name="issuerCode" label={m.issuerCode} rules={[{ required: true }]}>
                <Input maxLength={30} style={{ width: 160 }} />
              </Form.Item>
            </>
          )}
          {(step === 'return' || step === 'reject') && (
            <Form.Item name="reason" label={m.reason} rules={[{ required: true, min: 5 }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  )
}
