import { Card, Tag, Typography } from 'antd'
import type { PlanChange } from '@antq/core'
import { messages } from '../../messages/vi'
import { formatChangeValue } from './plan-format'

const m = messages.plan
const COLORS: Record<PlanChange['kind'], string> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
}

function describe(change: PlanChange): string {
  if (change.kind === 'added') return formatChangeValue(change.after)
  if (change.kind === 'removed') return formatChangeValue(change.before)
  return m.changeValue(formatChangeValue(change.before), formatChangeValue(change.after))
}

/** "Thay đổi so với phiên bản trước": every element added, removed or changed. */
export function PlanChanges({ changes }: { changes: readonly PlanChange[] }) {
  return (
    <Card title={m.changes} size="small" role="region" aria-label={m.changes}>
      <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
        {changes.map((change, index) => (
          <li key={index} style={{ paddingBlock: 6, borderBottom: '1px solid #f0f0f0' }}>
            <Tag color={COLORS[change.kind]}>{m.changeKinds[change.kind]}</Tag>
            <Typography.Text code>{change.path}</Typography.Text>
            <div style={{ marginTop: 4, wordBreak: 'break-word' }}>{describe(change)}</div>
          </li>
        ))}
      </ul>
    </Card>
  )
}
