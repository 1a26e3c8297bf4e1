import { Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { awardMessages as m } from '../../messages/vi-awards'
import { ApiErrorAlert } from './ApiErrorAlert'

type Props = {
  label: string
  open: boolean
  pending: boolean
  error: unknown
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/** Returning or rejecting needs a reason, which the unit then sees beside the status. */
export function ReasonModal({ label, open, pending, error, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('')
  const [touched, setTouched] = useState(false)
  const missing = reason.trim() === ''
  return (
    <Modal
      open={open}
      title={m.actions.reasonTitle(label)}
      okText={label}
      okButtonProps={{ danger: true, loading: pending }}
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
      <ApiErrorAlert error={error} />
      <label htmlFor="nomination-reason">{m.actions.reason}</label>
      <Input.TextArea
        id="nomination-reason"
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      {touched && missing && (
        <Typography.Text type="danger">{m.actions.reasonRequired}</Typography.Text>
      )}
    </Modal>
  )
}
