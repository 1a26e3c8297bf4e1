import { Tag, Tooltip } from 'antd'
import { messages } from '../../messages/vi'

/**
 * How the system treats an element: checks it from data (auto), needs a reviewer to accept
 * evidence (attested), only shows it (display), or records it as deliberately not checked.
 */
export type Enforcement = 'auto' | 'attested' | 'display' | 'none'

const COLORS: Record<Enforcement, string> = {
  auto: 'green',
  attested: 'blue',
  display: 'default',
  none: 'orange',
}

export function EnforcementTag({ kind, hint }: { kind: Enforcement; hint?: string }) {
  const tag = (
    <Tag color={COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {messages.plan.enforcement[kind]}
    </Tag>
  )
  return hint ? <Tooltip title={hint}>{tag}</Tooltip> : tag
}
