import { Tag, Typography } from 'antd'
import type { Plan } from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { SectionList } from './SectionList'

const t = messages.planTerms.notEnforced

/** Không tự động kiểm tra: figures and dates the plan mentions that the system leaves alone, and why. */
export function PlanNotEnforced({ plan }: { plan: Plan }) {
  return (
    <SectionList
      items={plan.notEnforced}
      render={(item, index) => (
        <ClauseCard
          key={index}
          source={item.source}
          text={item.text}
          title={item.source}
          enforcement="none"
        >
          <div>
            <Typography.Text>{t.values}: </Typography.Text>
            {item.values.map((value) => (
              <Tag key={String(value)}>{value}</Tag>
            ))}
          </div>
          <Typography.Text>
            {t.reason}: {item.reason}
          </Typography.Text>
        </ClauseCard>
      )}
    />
  )
}
