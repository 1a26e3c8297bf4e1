import { Descriptions, Typography, type DescriptionsProps } from 'antd'
import type { AwardForm, Plan } from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { dossierNames, subjectLabels } from './plan-lookup'
import { SectionList } from './SectionList'

const t = messages.planTerms

function AwardMachineForm({ form, plan }: { form: AwardForm; plan: Plan }) {
  const a = t.award
  const items: NonNullable<DescriptionsProps['items']> = [
    { key: 'quota', label: a.quota, children: t.quota(form.quota) },
    { key: 'authority', label: a.authority, children: form.authority },
    { key: 'proposer', label: a.proposer, children: form.proposer ?? messages.app.empty },
    { key: 'decider', label: a.decider, children: form.decider },
    {
      key: 'subjects',
      label: a.subjects,
      children: form.subjects.length
        ? subjectLabels(plan, form.subjects).join('; ')
        : messages.app.empty,
    },
    {
      key: 'registrable',
      label: a.registrable,
      children: form.registrable ? messages.app.yes : messages.app.no,
    },
  ]
  if (form.dossier)
    items.push({
      key: 'dossier',
      label: a.dossier,
      children: (
        <>
          <Typography.Text strong>
            {a.dossierSets(form.dossier.sets, form.dossier.originals)}
          </Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {dossierNames(plan, form.dossier.items).map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">
            {messages.plan.verbatim(form.dossier.source)}: “{form.dossier.text}”
          </Typography.Text>
        </>
      ),
    })
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={items}
      styles={{ label: { width: 150 } }}
    />
  )
}

/** Hình thức khen thưởng: authority, quota, who proposes and decides, the dossier. */
export function PlanAwardForms({ plan }: { plan: Plan }) {
  return (
    <SectionList
      items={plan.awardForms}
      render={(form) => (
        <ClauseCard
          key={form.id}
          source={form.source}
          text={form.text}
          title={form.name}
          enforcement={form.quota.type === 'fixed' ? 'auto' : 'display'}
          enforcementHint={t.quotaTypes[form.quota.type]}
        >
          <AwardMachineForm form={form} plan={plan} />
        </ClauseCard>
      )}
    />
  )
}
