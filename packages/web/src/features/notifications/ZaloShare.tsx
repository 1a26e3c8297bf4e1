// "Sao chép để gửi Zalo" and a QR code (ADR 029): the same short Vietnamese message and the link
// that opens the exact page, for a unit's Zalo group (copy and paste, or scan on a phone).
import { useEffect, useState } from 'react'
import { App, Button, Flex, Input, Typography } from 'antd'
import { CopyOutlined } from '@ant-design/icons'
import QRCode from 'qrcode'
import { notificationMessages } from '../../messages/vi-notifications'

const m = notificationMessages.zalo

export function ZaloShare({ text }: { text: string }) {
  const { message } = App.useApp()
  const [qr, setQr] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toDataURL(text, { margin: 1, width: 200, errorCorrectionLevel: 'M' })
      .then((url) => live && setQr(url))
      .catch(() => live && setQr(null))
    return () => {
      live = false
    }
  }, [text])
  const copy = () =>
    navigator.clipboard
      .writeText(text)
      .then(() => message.success(m.copied))
      .catch(() => message.warning(m.copyFailed))
  return (
    <Flex vertical gap={8} aria-label={m.title}>
      <Typography.Text type="secondary">{m.hint}</Typography.Text>
      <Input.TextArea
        value={text}
        readOnly
        autoSize={{ minRows: 2, maxRows: 6 }}
        aria-label={m.title}
      />
      <Flex gap={12} wrap align="center">
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {m.copy}
        </Button>
        {qr && <img src={qr} alt={m.qr} width={160} height={160} />}
      </Flex>
    </Flex>
  )
}

/** The text for a notification read in the app: its message and this site's page. */
export function shareTextOf(messageText: string, link: string): string {
  return `${messageText}\n${window.location.origin}${link}`
}
