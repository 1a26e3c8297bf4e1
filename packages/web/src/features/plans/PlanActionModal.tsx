import { useState } from 'react'
import { Alert, Input, Modal, Typography } from 'antd'
import { PLAN_ACTION_LABELS } from '@antq/core'
import type { PlanWriteAction } from '../../api/types'
import { messages } from '../../messages/vi'

const m = messages.plan

type Props = {
  action: PlanWriteAction | null
  pending: boolean
  error: string | null
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/** Confirm Ban hành / Kết thúc / Tạo phiên bản sửa đổi, with an optional reason for the log. */
export function PlanActionModal({ action, pending, error, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('')
  const label = action ? PLAN_ACTION_LABELS[action] : ''
  return (
    <Modal
      open={action !== null}
      title={m.actionConfirm(label)}
      okText={label}
      cancelText={messages.app.cancel}
      confirmLoading={pending}
      onOk={() => onConfirm(reason.trim())}
      onCancel={onCancel}
      afterOpenChange={(open) => open || setReason('')}
      destroyOnHidden
    >
      {action && <Typography.Paragraph>{m.actionHints[action]}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <label htmlFor="plan-action-reason">{m.reason}</label>
      <Input.TextArea
        id="plan-action-reason"
        rows={2}
        maxLength={500}
        value={reason}
        placeholder={m.reasonPlaceholder}
        onChange={(event) => setReason(event.target.value)}
      />
    </Modal>
  )
}
