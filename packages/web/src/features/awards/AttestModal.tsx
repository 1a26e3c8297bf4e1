import { App, Button, DatePicker, Form, Input, Modal, Upload } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { EligibilityCondition } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'
import type { NominationDetail } from './awards-types'
import { useAttest, useUploadDossierFile } from './dossier-api'

type Values = { confirmedBy: string; confirmedAt: Dayjs; note?: string }
type Props = {
  detail: NominationDetail
  condition: EligibilityCondition | null
  onClose: () => void
}

/** An attested condition: the evidence file (uploaded first, checked by the server) and who confirms it. */
export function AttestModal({ detail, condition, onClose }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState(false)
  const upload = useUploadDossierFile(detail.id)
  const attest = useAttest(detail.id)
  const submit = async (values: Values) => {
    if (!condition) return
    if (!file) return setFileError(true)
    const uploaded = await upload.mutateAsync({ itemId: 'evidence', file }).catch(() => null)
    if (!uploaded) return
    attest.mutate(
      {
        conditionKey: condition.key,
        evidenceFileId: uploaded.id,
        confirmedBy: values.confirmedBy,
        confirmedAt: values.confirmedAt.format('YYYY-MM-DD'),
        note: values.note ?? '',
      },
      {
        onSuccess: () => {
          void message.success(m.attest.done)
          onClose()
        },
      },
    )
  }
  return (
    <Modal
      open={condition !== null}
      title={`${m.attest.title}: ${condition?.key ?? ''}`}
      okText={m.attest.submit}
      okButtonProps={{ loading: upload.isPending || attest.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields()
        setFile(null)
        setFileError(false)
        upload.reset()
        attest.reset()
      }}
      destroyOnHidden
    >
      <p>{condition?.text}</p>
      <ApiErrorAlert error={upload.error ?? attest.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ confirmedAt: dayjs() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          label={m.attest.file}
          required
          help={fileError && !file ? m.attest.needFile : undefined}
        >
          <Upload
            maxCount={1}
            accept=".pdf,.docx,.png,.jpg,.jpeg"
            beforeUpload={(chosen) => {
              setFile(chosen)
              return false
            }}
            onRemove={() => setFile(null)}
          >
            <Button>{m.attest.chooseFile}</Button>
          </Upload>
        </Form.Item>
        <Form.Item
          name="confirmedBy"
          label={m.attest.confirmedBy}
          rules={[{ required: true, min: 3 }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="confirmedAt" label={m.attest.confirmedAt} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="note" label={m.attest.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
