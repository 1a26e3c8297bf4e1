import { Typography } from 'antd'
import {
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_KIND_LABELS,
  type Exclusion,
  type Plan,
  type Subject,
} from '@antq/core'
import { messages } from '../../messages/vi'
import { ClauseCard } from './ClauseCard'
import { SectionList } from './SectionList'

const t = messages.planTerms

function describeMatch(match: Exclusion['match']): string {
  const values = ((): string[] => {
    switch (match.kind) {
      case 'school':
        return match.schoolLevels.map((level) => SCHOOL_LEVEL_LABELS[level])
      case 'enterprise':
        return match.enterpriseSizes.map((size) => ENTERPRISE_SIZE_LABELS[size])
      case 'agency':
        return match.subtypes
      case 'person':
        return match.roles.map((role) => t.personRoles[role])
    }
  })()
  return `${t.exclusionMatch[match.kind]}: ${values.join(', ')}`
}

function SubjectForm({ subject }: { subject: Subject }) {
  const line = (label: string, values: string[]) =>
    values.length > 0 && (
      <Typography.Text>
        {label}: {values.join(', ')}
      </Typography.Text>
    )
  return (
    <>
      <Typography.Text strong>{t.subjectKinds[subject.kind]}</Typography.Text>
      {line(
        t.subject.unitKinds,
        subject.unitKinds.map((kind) => UNIT_KIND_LABELS[kind]),
      )}
      {line(
        t.subject.bodies,
        subject.bodies.map((body) => t.bodies[body]),
      )}
      {line(
        t.subject.roles,
        subject.roles.map((role) => t.personRoles[role]),
      )}
      {subject.requiresLegalStatus && <Typography.Text>{t.subject.legalStatus}</Typography.Text>}
    </>
  )
}

/** Đối tượng & loại trừ: who competes, and who is left out of what. */
export function PlanSubjects({ plan }: { plan: Plan }) {
  return (
    <>
      <SectionList
        items={plan.subjects}
        render={(subject) => (
          <ClauseCard
            key={subject.id}
            source={subject.source}
            text={subject.text}
            title={subject.label}
            enforcement="display"
          >
            <SubjectForm subject={subject} />
          </ClauseCard>
        )}
      />
      {plan.exclusions.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t.exclusions}
          </Typography.Title>
          <SectionList
            items={plan.exclusions}
            render={(exclusion) => (
              <ClauseCard
                key={exclusion.id}
                source={exclusion.source}
                text={exclusion.text}
                title={describeMatch(exclusion.match)}
                enforcement="auto"
              >
                <Typography.Text>
                  {t.exclusion.effects}:{' '}
                  {exclusion.appliesTo.map((effect) => t.exclusionEffects[effect]).join('; ')}
                </Typography.Text>
              </ClauseCard>
            )}
          />
        </>
      )}
    </>
  )
}
