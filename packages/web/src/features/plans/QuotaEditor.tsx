import { Card, Flex, Form, Input, InputNumber, Select } from 'antd'
import type { AwardForm } from '@antq/core'
import { messages } from '../../messages/vi'
import { IssueFormItem, RowIssues } from './IssueFormItem'
import type { QuotaValues } from './plan-edit-values'

const e = messages.planEdit
const t = messages.planTerms
const TYPE_OPTIONS = (['fixed', 'allocated', 'discretion'] as const).map((value) => ({
  value,
  label: t.quotaTypes[value],
}))
const RECIPIENT_OPTIONS = (['collective', 'individual', 'both'] as const).map((value) => ({
  value,
  label: t.recipients[value],
}))

/** An award form's quota: a fixed number (and to whom), or allocated / left to someone's discretion. */
export function QuotaEditor({ form, index }: { form: AwardForm; index: number }) {
  const at = ['awardForms', index, 'quota'] as const
  const type = Form.useWatch<QuotaValues['type'] | undefined>([...at, 'type'])
  return (
    <Card
      size="small"
      title={form.name}
      styles={{ title: { whiteSpace: 'normal', paddingBlock: 8 } }}
    >
      <section aria-label={form.name}>
        <Flex wrap gap={12}>
          <IssueFormItem name={[...at, 'type']} issuePath={[...at, 'type']} label={e.quotaType}>
            <Select options={TYPE_OPTIONS} style={{ minWidth: 300 }} />
          </IssueFormItem>
          {type === 'fixed' ? (
            <>
              <IssueFormItem name={[...at, 'count']} issuePath={[...at, 'count']} label={e.count}>
                {/* No min / precision: antd would clamp or round what was typed; the plan's
                    validation refuses a bad count with the value read instead. */}
                <InputNumber style={{ width: 120 }} />
              </IssueFormItem>
              <IssueFormItem
                name={[...at, 'recipients']}
                issuePath={[...at, 'recipients']}
                label={e.recipients}
              >
                <Select options={RECIPIENT_OPTIONS} style={{ minWidth: 180 }} />
              </IssueFormItem>
            </>
          ) : (
            <IssueFormItem
              name={[...at, 'by']}
              issuePath={[...at, 'by']}
              label={type === 'discretion' ? e.quotaBy.discretion : e.quotaBy.allocated}
            >
              <Input style={{ width: 320 }} />
            </IssueFormItem>
          )}
        </Flex>
        <RowIssues issuePath={at} />
      </section>
    </Card>
  )
}
