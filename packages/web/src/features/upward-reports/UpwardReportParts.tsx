// The computed parts of an upward report, read-only: paragraphs and small tables.
import { Table, Typography } from 'antd'
import type { UpwardReportView } from './upward-reports-api'

type Part = UpwardReportView['parts'][number]

export function UpwardReportParts({ parts }: { parts: readonly Part[] }) {
  return (
    <>
      {parts.map((part, index) => (
        <section key={part.title} aria-label={part.title}>
          <Typography.Title level={5}>{`${index + 1}. ${part.title}`}</Typography.Title>
          {part.paragraphs.map((text) => (
            <Typography.Paragraph key={text}>{text}</Typography.Paragraph>
          ))}
          {part.table && (
            <Table
              size="small"
              pagination={false}
              rowKey={(row) => row.join('|')}
              dataSource={part.table.rows.map((row) => [...row])}
              columns={part.table.columns.map((title, at) => ({
                title,
                key: String(at),
                render: (_: unknown, row: string[]) => row[at],
              }))}
            />
          )}
        </section>
      ))}
    </>
  )
}
