import { useEffect } from 'react'
import { Form, Input, InputNumber, Modal, Select } from 'antd'
import { BUDGET_FUNDING_LABELS, type BudgetFunding } from '@antq/core'
import { messages } from '../../messages/vi'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { useSaveEstimate, type BudgetLineView, type BudgetView } from './budget-api'

const m = messages.budget
type Values = {
  lineId: string
  year: number
  funding: BudgetFunding
  amount: number
  note?: string
}

type Props = {
  planId: number
  view: BudgetView
  /** The values to start from: an estimate being corrected, or a year for a new one. */
  initial: Partial<Values> | null
  onClose: () => void
}

const years = (span: { from: number; to: number }) =>
  Array.from({ length: Math.min(span.to - span.from + 1, 30) }, (_, i) => span.from + i)

/** Lập hoặc sửa dự toán của đơn vị mình cho một dòng kinh phí, một năm, một nguồn. */
export function BudgetEstimateModal({ planId, view, initial, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const save = useSaveEstimate(planId)
  const own = view.ownUnit
  const lines = view.lines.filter((line) => own?.lineIds.includes(line.id))
  const lineId = Form.useWatch('lineId', form)
  const line: BudgetLineView | undefined = lines.find((item) => item.id === lineId)
  useEffect(() => {
    if (initial) form.setFieldsValue(initial)
  }, [initial, form])
  if (!own) return null
  return (
    <Modal
      open={initial !== null}
      title={`${m.newEstimate}: ${own.name}`}
      okText={messages.app.save}
      cancelText={messages.app.cancel}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields()
        save.reset()
      }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          save.mutate(
            { unitId: own.id, ...values, note: values.note?.trim() || null },
            { onSuccess: onClose },
          )
        }
      >
        <Form.Item name="lineId" label={m.line} rules={[{ required: true, message: m.required }]}>
          <Select options={lines.map((item) => ({ value: item.id, label: item.label }))} />
        </Form.Item>
        <Form.Item name="year" label={m.year} rules={[{ required: true, message: m.required }]}>
          <Select
            options={(line?.cadence === 'once' && line.year ? [line.year] : years(view.span)).map(
              (year) => ({ value: year, label: m.yearOption(year) }),
            )}
          />
        </Form.Item>
        <Form.Item
          name="funding"
          label={m.funding}
          rules={[{ required: true, message: m.required }]}
        >
          <Select
            options={(line?.funding ?? []).map((code) => ({
              value: code,
              label: BUDGET_FUNDING_LABELS[code],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={m.spending.amount}
          rules={[{ required: true, message: m.required }]}
        >
          <InputNumber<number>
            min={1}
            max={100_000_000_000}
            step={1_000_000}
            precision={0}
            style={{ width: 240 }}
            formatter={(value) => `${value ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
            parser={(text) => Number((text ?? '').replace(/\./g, ''))}
          />
        </Form.Item>
        <Form.Item name="note" label={m.note}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <ApiErrorAlert error={save.error} />
      </Form>
    </Modal>
  )
}
