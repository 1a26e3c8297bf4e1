import { Typography } from 'antd'
import { useMemo } from 'react'
import { buildDescribeLabels, describeFormula, type DescribeLabels, type Plan } from '@antq/core'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'

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

/** The labels a plan's formulas are told with: base fields, the plan's own, person roles. */
export function usePlanDescribeLabels(plan: Plan): DescribeLabels {
  return useMemo(
    () => buildDescribeLabels(plan, { 'person.role': messages.planTerms.personRoles }),
    [plan],
  )
}

/**
 * A formula told as a Vietnamese sentence ("Cách tính", "Điều kiện phạm vi", …). The formula
 * itself is developer text (issue 13 item 3): only administrators see it, labelled as theirs.
 */
export function FormulaBlock(props: { label: string; formula: string; labels: DescribeLabels }) {
  const { label, formula, labels } = props
  const isAdmin = useAccount().roles.includes('admin')
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Paragraph aria-label={label} style={{ margin: '2px 0 8px' }}>
        {describeFormula(formula, labels)}
      </Typography.Paragraph>
      {isAdmin && (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {messages.plan.formulaForAdmins}
          </Typography.Text>
          <pre aria-label={`${label} — ${messages.plan.formulaForAdmins}`} style={STYLE}>
            <code>{formula}</code>
          </pre>
        </>
      )}
    </div>
  )
}
