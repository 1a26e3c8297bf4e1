import { Button, Card, Flex, Form, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { Plan, Target } from '@antq/core'
import { messages } from '../../messages/vi'
import { comparatorSelect, dateInput, thresholdInput } from './editor-inputs'
import { IssueFormItem, RowIssues } from './IssueFormItem'
import type { MilestoneValues } from './plan-edit-values'
import { phaseLabel } from './plan-format'

const e = messages.planEdit

/** The phase a milestone is tied to, when it has one instead of a date. */
function MilestonePhase({
  plan,
  index,
  milestone,
}: {
  plan: Plan
  index: number
  milestone: number
}) {
  const phase = Form.useWatch<string | null | undefined>([
    'targets',
    index,
    'milestones',
    milestone,
    'phase',
  ])
  const label = phaseLabel(plan, phase ?? null)
  return label ? <Typography.Text type="secondary">{e.phase(label)}</Typography.Text> : null
}

type Props = { plan: Plan; target: Target; index: number }

/** One target: comparator, threshold, upper bound, due date and milestones. */
export function TargetEditor({ plan, target, index }: Props) {
  const at = ['targets', index] as const
  return (
    <Card
      size="small"
      title={target.label}
      styles={{ title: { whiteSpace: 'normal', paddingBlock: 8 } }}
    >
      <section aria-label={target.label}>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, expandable: true, symbol: messages.plan.showMore }}
        >
          {messages.plan.verbatim(target.source)}: “{target.text}”
        </Typography.Paragraph>
        <Flex wrap gap={12}>
          <IssueFormItem
            name={[...at, 'comparator']}
            issuePath={[...at, 'comparator']}
            label={e.comparator}
          >
            {comparatorSelect}
          </IssueFormItem>
          <IssueFormItem
            name={[...at, 'threshold']}
            issuePath={[...at, 'threshold']}
            label={e.threshold}
          >
            {thresholdInput}
          </IssueFormItem>
          <IssueFormItem name={[...at, 'upper']} issuePath={[...at, 'upper']} label={e.upper}>
            {thresholdInput}
          </IssueFormItem>
          <IssueFormItem name={[...at, 'due']} issuePath={[...at, 'due']} label={e.due}>
            {dateInput}
          </IssueFormItem>
        </Flex>
        <RowIssues issuePath={at} />
        <Form.List name={[...at, 'milestones']}>
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {(fields.length > 0 || target.milestones.length > 0) && (
                <Typography.Text strong>{e.milestones}</Typography.Text>
              )}
              {fields.map((field) => {
                const path = [...at, 'milestones', field.name]
                return (
                  <div key={field.key}>
                    <Flex wrap gap={12} align="start">
                      <IssueFormItem
                        name={[field.name, 'comparator']}
                        issuePath={[...path, 'comparator']}
                        label={e.comparator}
                      >
                        {comparatorSelect}
                      </IssueFormItem>
                      <IssueFormItem
                        name={[field.name, 'threshold']}
                        issuePath={[...path, 'threshold']}
                        label={e.threshold}
                      >
                        {thresholdInput}
                      </IssueFormItem>
                      <IssueFormItem
                        name={[field.name, 'due']}
                        issuePath={[...path, 'due']}
                        label={e.due}
                      >
                        {dateInput}
                      </IssueFormItem>
                      <Form.Item label=" " colon={false}>
                        <Button
                          icon={<DeleteOutlined />}
                          onClick={() => remove(field.name)}
                          aria-label={e.removeMilestone}
                        >
                          {e.removeMilestone}
                        </Button>
                      </Form.Item>
                    </Flex>
                    <MilestonePhase plan={plan} index={index} milestone={field.name} />
                    <RowIssues issuePath={path} />
                  </div>
                )
              })}
              <div>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => {
                    const milestone: MilestoneValues = {
                      comparator: target.comparator,
                      threshold: '',
                      upper: '',
                      due: null,
                      phase: null,
                    }
                    add(milestone)
                  }}
                >
                  {e.addMilestone}
                </Button>
              </div>
            </Flex>
          )}
        </Form.List>
      </section>
    </Card>
  )
}
