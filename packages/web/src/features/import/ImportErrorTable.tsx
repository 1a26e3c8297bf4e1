import { Table, type TableColumnsType } from 'antd'
import { UNIT_IMPORT_COLUMNS } from '@antq/core'
import type { ImportProblem } from '../../api/types'
import { messages } from '../../messages/vi'

const HEADERS = new Map<string, string>(UNIT_IMPORT_COLUMNS.map((column) => [column.key, column.header]))
const c = messages.import.columns

/** "code" → "Mã đơn vị (code)": the Vietnamese template header with the key people may see in CSVs. */
function columnLabel(key: string): string {
  const header = HEADERS.get(key)
  return header ? `${header} (${key})` : key || messages.app.empty
}

const columns: TableColumnsType<ImportProblem> = [
  { title: c.row, dataIndex: 'row', width: 90, align: 'right', sorter: (a, b) => a.row - b.row },
  { title: c.column, dataIndex: 'column', width: 260, render: (value: string) => columnLabel(value) },
  { title: c.message, dataIndex: 'message' },
]

export function ImportErrorTable({ errors }: { errors: ImportProblem[] }) {
  return (
    <Table<ImportProblem>
      rowKey={(problem) => `${problem.row}:${problem.column}:${problem.message}`}
      size="small"
      columns={columns}
      dataSource={errors}
      pagination={{ pageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
      scroll={{ x: true }}
    />
  )
}
