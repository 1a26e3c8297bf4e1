import { Typography } from 'antd'
import type { Plan } from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { SectionList } from './SectionList'

const t = messages.planTerms

/** Hồ sơ: each document a nomination dossier holds. */
export function PlanDossier({ plan }: { plan: Plan }) {
  return (
    <SectionList
      items={plan.dossierItems}
      render={(item) => (
        <ClauseCard
          key={item.id}
          source={item.source}
          text={item.text}
          title={item.name}
          enforcement="display"
        >
          <Typography.Text>
            {t.dossier.kind}: {t.dossierKinds[item.kind]}
          </Typography.Text>
          {item.certifiedBy && (
            <Typography.Text>
              {t.dossier.certifiedBy}: {item.certifiedBy}
            </Typography.Text>
          )}
          {item.optional && (
            <Typography.Text type="secondary">{t.dossier.optional}</Typography.Text>
          )}
        </ClauseCard>
      )}
    />
  )
}
