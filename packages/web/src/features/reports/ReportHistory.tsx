import { Card, Timeline, Typography } from 'antd'
import { REPORT_ACTION_LABELS, type ReportAction } from '@antq/core'
import { messages } from '../../messages/vi'
import { formatDateTime } from '../targets/target-format'
import type { ReportItem } from './reports-api'

const m = messages.reports.history

/** Every change of the report, newest first, with the reason of a return or reopening. */
export function ReportHistory({ history }: { history: ReportItem['history'] }) {
  const entries = [...history].reverse()
  return (
    <Card size="small" title={m.title}>
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{m.empty}</Typography.Text>
      ) : (
        <Timeline
          items={entries.map((entry, index) => ({
            key: `${entry.at}:${index}`,
            content: (
              <>
                <Typography.Text strong>
                  {m.entry(
                    entry.actor,
                    REPORT_ACTION_LABELS[entry.action as ReportAction] ?? entry.action,
                  )}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
                {entry.reason && <div>{entry.reason}</div>}
              </>
            ),
          }))}
        />
      )}
    </Card>
  )
}
