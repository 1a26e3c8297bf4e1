import { Col, Row, Typography } from 'antd'
import type { AuditEntry } from '../../api/types'
import { messages } from '../../messages/vi'

const m = messages.audit

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Top-level keys whose value differs between before and after. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return []
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
}

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <section aria-label={title}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        style={{
          background: '#fafafa',
          padding: 8,
          margin: 0,
          overflow: 'auto',
          maxHeight: 360,
          fontSize: 12,
        }}
      >
        {value === null || value === undefined
          ? messages.app.empty
          : JSON.stringify(value, null, 2)}
      </pre>
    </section>
  )
}

/** The record before and after the change, side by side. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const changed = changedKeys(entry.before, entry.after)
  return (
    <>
      {changed.length > 0 && (
        <Typography.Paragraph>
          {m.changedKeys}: <Typography.Text code>{changed.join(', ')}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Json title={m.before} value={entry.before} />
        </Col>
        <Col xs={24} md={12}>
          <Json title={m.after} value={entry.after} />
        </Col>
      </Row>
    </>
  )
}
