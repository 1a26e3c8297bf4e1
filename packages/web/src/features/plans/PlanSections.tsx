import { Card, Tabs, Badge } from 'antd'
import type { Plan } from '@antq/core'
import { useSearchParams } from 'react-router'
import { messages } from '../../messages/vi'
import { inspectionMessages } from '../../messages/vi-inspections'
import { PlanAwardForms } from './PlanAwardForms'
import { PlanBodies } from './PlanBodies'
import { PlanCriteria } from './PlanCriteria'
import { PlanDeadlines } from './PlanDeadlines'
import { PlanDossier } from './PlanDossier'
import { PlanInspections } from './PlanInspections'
import { PlanEvents } from './PlanEvents'
import { eventMessages } from '../../messages/vi-events'
import { PlanNotEnforced } from './PlanNotEnforced'
import { PlanSubjects } from './PlanSubjects'
import { PlanTargets } from './PlanTargets'
import { PlanTasks } from './PlanTasks'

const s = messages.plan.sections

/** Section keys double as the `?muc=` value, so a section can be linked to. */
const SECTIONS = [
  {
    key: 'chi-tieu',
    label: s.targets,
    count: (plan: Plan) => plan.targets.length,
    Component: PlanTargets,
  },
  {
    key: 'khen-thuong',
    label: s.awards,
    count: (plan: Plan) => plan.awardForms.length,
    Component: PlanAwardForms,
  },
  {
    key: 'tieu-chuan',
    label: s.criteria,
    count: (plan: Plan) => plan.awardCriteria.length,
    Component: PlanCriteria,
  },
  {
    key: 'ho-so',
    label: s.dossier,
    count: (plan: Plan) => plan.dossierItems.length,
    Component: PlanDossier,
  },
  {
    key: 'thoi-han',
    label: s.deadlines,
    count: (plan: Plan) => plan.deadlines.length,
    Component: PlanDeadlines,
  },
  {
    key: 'doi-tuong',
    label: s.subjects,
    count: (plan: Plan) => plan.subjects.length,
    Component: PlanSubjects,
  },
  {
    key: 'nhiem-vu',
    label: s.tasks,
    count: (plan: Plan) => plan.tasks.length,
    Component: PlanTasks,
  },
  {
    key: 'co-quan',
    label: messages.planBodies.section,
    count: (plan: Plan) => plan.bodies.length,
    Component: PlanBodies,
  },
  {
    key: 'kiem-tra',
    label: inspectionMessages.tab,
    count: (plan: Plan) => (plan as Partial<Plan>).inspections?.length ?? 0,
    Component: PlanInspections,
  },
  {
    key: 'ngay-hoi',
    label: eventMessages.tab,
    count: (plan: Plan) => (plan as Partial<Plan>).events?.length ?? 0,
    Component: PlanEvents,
  },
  {
    key: 'khong-kiem-tra',
    label: s.notEnforced,
    count: (plan: Plan) => plan.notEnforced.length,
    Component: PlanNotEnforced,
  },
] as const

/** The plan's content, one tab per section, each element beside its verbatim clause. */
export function PlanSections({ plan }: { plan: Plan }) {
  const [params, setParams] = useSearchParams()
  const active = SECTIONS.some((section) => section.key === params.get('muc'))
    ? (params.get('muc') as string)
    : 'chi-tieu'
  return (
    <Card>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ muc: key }, { replace: true })}
        items={SECTIONS.map(({ key, label, count, Component }) => ({
          key,
          label: (
            <span>
              {label} <Badge count={count(plan)} showZero color="#8c8c8c" size="small" />
            </span>
          ),
          children: <Component plan={plan} />,
        }))}
      />
    </Card>
  )
}
