import { createContext, useContext, useState } from 'react'
import { App, Button } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { exportTableToXlsx, type ExportColumn } from '../../lib/export-xlsx'
import { messages } from '../../messages/vi'

/** The plan, scope and year the dashboard shows: every export names them (issue 13 item 6). */
export type ExportScope = { planTitle: string; scopeName: string; year: number }
export const ExportScopeContext = createContext<ExportScope | null>(null)

/** "Xuất Excel" for one table: the rows as shown (all pages), written in the browser. */
export function ExportButton<T>({
  columns,
  rows,
  title,
  period,
  disabled,
}: {
  columns: readonly ExportColumn<T>[]
  rows: readonly T[]
  /** What the table is: the workbook's title and the start of its file name. */
  title: string
  /** The period row; the dashboard's year ("Năm 2024") unless given. */
  period?: string
  disabled?: boolean
}) {
  const { message } = App.useApp()
  const scope = useContext(ExportScopeContext)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      await exportTableToXlsx(columns, rows, {
        title,
        period: period ?? (scope ? messages.targets.year(scope.year) : ''),
        planTitle: scope?.planTitle,
        scopeName: scope?.scopeName,
      })
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
