import { App, Form, Input, InputNumber, Modal } from 'antd'
import type { CriteriaSet } from '@antq/core'
import { isApiError } from '../../api/client'
import { messages } from '../../messages/vi'
import { useSaveCriteriaSet } from './use-criteria'

const m = messages.criteria

type Values = { scores: (number | null)[]; reason: string }
type Props = { setKey: string; definition: CriteriaSet; onClose: () => void }

/** Edit the class thresholds (the values QĐ 510 leaves to be confirmed); saving makes a new version. */
export function CriteriaClassesEditor({ setKey, definition, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const save = useSaveCriteriaSet(setKey)
  const { message } = App.useApp()
  const submit = async (values: Values) => {
    const classes = definition.classes.map((item, i) => ({
      ...item,
      minScore: values.scores[i] ?? null,
    }))
    try {
      const saved = await save.mutateAsync({
        definition: { ...definition, classes },
        reason: values.reason,
      })
      void message.success(m.saved(saved.version))
      onClose()
    } catch (error) {
      const detail = isApiError(error)
        ? [error.message, ...error.details.map((item) => item.message)].join('; ')
        : String(error)
      form.setFields([{ name: 'reason', errors: [detail] }])
    }
  }
  return (
    <Modal
      open
      title={m.editTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={messages.app.save}
      cancelText={messages.app.cancel}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ scores: definition.classes.map((item) => item.minScore), reason: '' }}
      >
        {definition.classes.map((item, i) => (
          <Form.Item key={item.id} name={['scores', i]} label={item.label}>
            <InputNumber min={0} max={definition.maxScore ?? 100} style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Form.Item
          name="reason"
          label={m.reason}
          rules={[{ required: true, min: 3, message: m.reasonRequired }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
