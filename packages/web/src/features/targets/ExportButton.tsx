import { useState } from 'react'
import { App, Button } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { exportTableToXlsx, type ExportColumn } from '../../lib/export-xlsx'
import { messages } from '../../messages/vi'

/** "Xuất Excel" for one table: the rows as shown (all pages), written in the browser. */
export function ExportButton<T>({
  columns,
  rows,
  fileName,
  disabled,
}: {
  columns: readonly ExportColumn<T>[]
  rows: readonly T[]
  fileName: string
  disabled?: boolean
}) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      await exportTableToXlsx(columns, rows, fileName)
    } catch {
      void message.error(messages.targets.exportFailed)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      className="no-print"
      icon={<DownloadOutlined />}
      loading={busy}
      disabled={disabled ?? rows.length === 0}
      onClick={() => void run()}
    >
      {messages.targets.exportXlsx}
    </Button>
  )
}
