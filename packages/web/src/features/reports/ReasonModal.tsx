import { useState } from 'react'
import { Alert, Input, Modal, Typography } from 'antd'
import { REPORT_ACTION_LABELS } from '@antq/core'
import { messages } from '../../messages/vi'

const m = messages.reports.review

type Props = {
  action: 'return' | 'reopen' | 'late_entry' | null
  pending: boolean
  error: string | null
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/** Returning, reopening or entering a report late needs a reason, which the unit then sees. */
export function ReasonModal({ action, pending, error, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('')
  const [touched, setTouched] = useState(false)
  const missing = reason.trim() === ''
  const label = action ? REPORT_ACTION_LABELS[action] : ''
  return (
    <Modal
      open={action !== null}
      title={m.reasonTitle(label)}
      okText={label}
      okButtonProps={{ danger: true, loading: pending }}
      cancelText={messages.app.cancel}
      onCancel={onCancel}
      afterClose={() => {
        setReason('')
        setTouched(false)
      }}
      onOk={() => {
        setTouched(true)
        if (!missing) onConfirm(reason.trim())
      }}
    >
      <label htmlFor="report-reason">{m.reason}</label>
      <Input.TextArea
        id="report-reason"
        rows={3}
        maxLength={2000}
        value={reason}
        placeholder={m.reasonPlaceholder}
        onChange={(event) => setReason(event.target.value)}
      />
      {touched && missing && <Typography.Text type="danger">{m.reasonRequired}</Typography.Text>}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  )
}
