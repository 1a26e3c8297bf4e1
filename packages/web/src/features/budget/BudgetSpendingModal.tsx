import { Button, DatePicker, Form, Input, InputNumber, Modal, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { formatVnd } from '@antq/core'
import type { Dayjs } from 'dayjs'
import { messages } from '../../messages/vi'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { useRecordSpending, type BudgetEstimate } from './budget-api'

const m = messages.budget.spending
type Values = {
  spentOn: Dayjs
  amount: number
  purpose: string
  documentNumber: string
  documentDate: Dayjs
  file?: { originFileObj?: File }[]
}

type Props = { planId: number; estimate: BudgetEstimate | null; onClose: () => void }

/** Ghi một khoản chi theo dự toán đã phê duyệt, kèm số, ngày và tệp chứng từ. */
export function BudgetSpendingModal({ planId, estimate, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const record = useRecordSpending(planId)
  const left = estimate ? estimate.amount - estimate.spent : 0
  const required = [{ required: true, message: messages.budget.required }]
  return (
    <Modal
      open={estimate !== null}
      title={m.title(estimate?.unitName ?? '', formatVnd(left))}
      okText={messages.app.save}
      cancelText={messages.app.cancel}
      okButtonProps={{ loading: record.isPending }}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields()
        record.reset()
      }}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!estimate) return
          record.mutate(
            {
              estimate,
              ...{ spentOn: values.spentOn.format('YYYY-MM-DD'), amount: values.amount },
              ...{ purpose: values.purpose, documentNumber: values.documentNumber },
              documentDate: values.documentDate.format('YYYY-MM-DD'),
              file: values.file?.[0]?.originFileObj ?? null,
            },
            { onSuccess: onClose },
          )
        }}
      >
        <Form.Item name="spentOn" label={m.spentOn} rules={required}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="amount" label={m.amount} rules={required}>
          <InputNumber<number>
            min={1}
            max={left}
            precision={0}
            style={{ width: 240 }}
            formatter={(value) => `${value ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
            parser={(text) => Number((text ?? '').replace(/\./g, ''))}
          />
        </Form.Item>
        <Form.Item name="purpose" label={m.purpose} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="documentNumber" label={m.documentNumber} rules={required}>
          <Input maxLength={60} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="documentDate" label={m.documentDate} rules={required}>
          <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="file"
          label={m.file}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: unknown[] }) => event.fileList.slice(-1)}
        >
          <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg">
            <Button icon={<UploadOutlined />}>{m.pickFile}</Button>
          </Upload>
        </Form.Item>
        <ApiErrorAlert error={record.error} />
      </Form>
    </Modal>
  )
}
