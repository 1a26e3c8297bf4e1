// "Nhắc" beside a late unit (ADR 029): the unit's accounts are told now (in the app and by
// e-mail); the result gives the same message and link to copy into a Zalo group, with a QR code.
import { useState } from 'react'
import { Alert, Button, Flex, Modal, Typography } from 'antd'
import { BellOutlined } from '@ant-design/icons'
import { notificationMessages } from '../../messages/vi-notifications'
import { useNudge, type NudgeInput, type NudgeResult } from './notifications-api'
import { ZaloShare } from './ZaloShare'

const m = notificationMessages.nudge

function NudgeOutcome({ result }: { result: NudgeResult }) {
  const note =
    result.recipients.length === 0
      ? m.noAccount
      : result.alreadyToday
        ? m.already
        : m.sent(result.notified, result.emailed)
  return (
    <Flex vertical gap={12}>
      <Alert type={result.notified > 0 ? 'success' : 'info'} showIcon title={note} />
      {!result.emailConfigured && result.recipients.length > 0 && (
        <Typography.Text type="secondary">{m.noEmail}</Typography.Text>
      )}
      <ZaloShare text={result.zaloText} />
    </Flex>
  )
}

export function NudgeButton({
  planId,
  input,
  unitName,
}: {
  planId: number
  input: NudgeInput
  unitName: string
}) {
  const nudge = useNudge(planId)
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        size="small"
        icon={<BellOutlined />}
        loading={nudge.isPending}
        aria-label={`${m.action} ${unitName}`}
        onClick={() => {
          setOpen(true)
          nudge.mutate(input)
        }}
      >
        {m.button}
      </Button>
      <Modal
        open={open}
        title={m.title(unitName)}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {nudge.isError && <Alert type="error" showIcon title={nudge.error.message} />}
        {nudge.data && <NudgeOutcome result={nudge.data} />}
      </Modal>
    </>
  )
}
