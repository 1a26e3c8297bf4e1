import { Descriptions, type DescriptionsProps } from 'antd'
import { formatDateVi, isDeadlineEnforced, type Deadline, type Plan } from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { formatAnnualDate } from './plan-format'
import { awardNames } from './plan-lookup'
import { SectionList } from './SectionList'

const d = messages.planTerms.deadline
const hints = messages.plan.deadlineEnforcement

export function deadlineDate(deadline: Pick<Deadline, 'date' | 'annual'>): string {
  if (deadline.date) return formatDateVi(deadline.date)
  if (deadline.annual) return formatAnnualDate(deadline.annual)
  return d.noDate
}

/** Thời hạn: each deadline's date and what it closes. */
export function PlanDeadlines({ plan }: { plan: Plan }) {
  return (
    <SectionList
      items={plan.deadlines}
      render={(deadline) => {
        const items: NonNullable<DescriptionsProps['items']> = [
          { key: 'date', label: d.date, children: <strong>{deadlineDate(deadline)}</strong> },
          { key: 'closes', label: d.closes, children: messages.planTerms.closes[deadline.closes] },
          { key: 'by', label: d.by, children: deadline.by ?? messages.app.empty },
          { key: 'to', label: d.to, children: deadline.to ?? messages.app.empty },
        ]
        if (deadline.awards.length > 0)
          items.push({
            key: 'awards',
            label: d.awards,
            children: awardNames(plan, deadline.awards).join('; '),
          })
        return (
          <ClauseCard
            key={deadline.id}
            source={deadline.source}
            text={deadline.text}
            title={`${deadlineDate(deadline)} — ${messages.planTerms.closes[deadline.closes]}`}
            enforcement={isDeadlineEnforced(deadline) ? 'auto' : 'display'}
            enforcementHint={hints[isDeadlineEnforced(deadline) ? 'enforced' : 'shown']}
          >
            <Descriptions
              size="small"
              column={1}
              bordered
              items={items}
              styles={{ label: { width: 150 } }}
            />
          </ClauseCard>
        )
      }}
    />
  )
}
