import { Table, type TableColumnsType } from 'antd'
import { UNIT_IMPORT_COLUMNS } from '@antq/core'
import type { ImportProblem } from '../../api/types'
import { messages } from '../../messages/vi'

const HEADERS = new Map<string, string>(
  UNIT_IMPORT_COLUMNS.map((column) => [column.key, column.header]),
)
const c = messages.import.columns

/** "code" → "Mã đơn vị (code)": the Vietnamese template header with the key people may see in CSVs. */
function columnLabel(problem: ImportProblem): string {
  const key = problem.column ?? problem.path ?? ''
  const header = HEADERS.get(key)
  return header ? `${header} (${key})` : key || messages.app.empty
}

const columns: TableColumnsType<ImportProblem> = [
  {
    title: c.row,
    dataIndex: 'row',
    width: 90,
    align: 'right',
    render: (value: number | undefined) => value ?? messages.app.empty,
    sorter: (a, b) => (a.row ?? 0) - (b.row ?? 0),
  },
  {
    title: c.column,
    dataIndex: 'column',
    width: 260,
    render: (_value, problem) => columnLabel(problem),
  },
  { title: c.message, dataIndex: 'message' },
]

export function ImportErrorTable({ errors }: { errors: ImportProblem[] }) {
  return (
    <Table<ImportProblem>
      rowKey={(problem) => `${problem.row}:${problem.column ?? problem.path}:${problem.message}`}
      size="small"
      columns={columns}
      dataSource={errors}
      pagination={{ pageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
      scroll={{ x: true }}
    />
  )
}
