import { Card, Flex } from 'antd'
import type { Deadline } from '@antq/core'
import { messages } from '../../messages/vi'
import { annualInput, dateInput } from './editor-inputs'
import { IssueFormItem, RowIssues } from './IssueFormItem'

const e = messages.planEdit

/** A deadline's date (dd/mm/yyyy), or its day each year (dd/mm) when the plan repeats yearly. */
export function DeadlineEditor({ deadline, index }: { deadline: Deadline; index: number }) {
  const at = ['deadlines', index] as const
  const title = `${messages.planTerms.closes[deadline.closes]} (${deadline.source})`
  return (
    <Card size="small" title={title} styles={{ title: { whiteSpace: 'normal', paddingBlock: 8 } }}>
      <section aria-label={title}>
        <Flex wrap gap={12}>
          {deadline.annual === null ? (
            <IssueFormItem name={[...at, 'date']} issuePath={[...at, 'date']} label={e.date}>
              {dateInput}
            </IssueFormItem>
          ) : (
            <IssueFormItem name={[...at, 'annual']} issuePath={[...at, 'annual']} label={e.annual}>
              {annualInput}
            </IssueFormItem>
          )}
        </Flex>
        <RowIssues issuePath={at} />
      </section>
    </Card>
  )
}
