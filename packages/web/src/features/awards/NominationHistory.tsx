import { Card, Timeline } from 'antd'
import { awardMessages as m } from '../../messages/vi-awards'
import { formatDateTime } from '../targets/target-format'
import type { HistoryEntry } from './awards-types'

/** The append-only status history, newest last. */
export function NominationHistory({ history }: { history: HistoryEntry[] }) {
  return (
    <Card size="small" title={m.history.title}>
      <Timeline
        items={history.map((entry) => ({
          content: (
            <>
              <strong>{entry.toLabel}</strong> — {formatDateTime(entry.at)}{' '}
              {m.history.by(entry.actor)}
              {entry.reason && <div>{entry.reason}</div>}
            </>
          ),
        }))}
      />
    </Card>
  )
}
