import { Typography } from 'antd'

const STYLE = {
  background: '#f6f8fa',
  border: '1px solid #e1e4e8',
  borderRadius: 4,
  padding: '4px 8px',
  margin: '4px 0 8px',
  fontSize: 12,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
} as const

/** A formula in a monospace block, labelled ("Công thức", "Điều kiện", …). */
export function FormulaBlock({ label, formula }: { label: string; formula: string }) {
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <pre aria-label={label} style={STYLE}>
        <code>{formula}</code>
      </pre>
    </div>
  )
}
