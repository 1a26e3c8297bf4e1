import { Form, Typography, type FormItemProps } from 'antd'
import type { PathSegment } from '@antq/core'
import { useIssuesAt } from './use-plan-issues'

type Props = FormItemProps & { issuePath: readonly PathSegment[] }

/** A form field that shows the plan's validation issues at its path, under the field. */
export function IssueFormItem({ issuePath, ...props }: Props) {
  const issues = useIssuesAt(issuePath)
  if (issues.length === 0) return <Form.Item {...props} />
  return <Form.Item {...props} validateStatus="error" help={issues.join('; ')} />
}

/** Issues about a whole row (a milestone without a date, a deadline without any date). */
export function RowIssues({ issuePath }: { issuePath: readonly PathSegment[] }) {
  const issues = useIssuesAt(issuePath)
  if (issues.length === 0) return null
  return (
    <Typography.Text type="danger" role="alert" data-plan-issue>
      {issues.join('; ')}
    </Typography.Text>
  )
}
