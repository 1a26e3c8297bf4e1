import { Breadcrumb, Flex } from 'antd'
import { Link } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { allows } from '../../lib/permissions'
import { useAccount } from '../auth/use-account'
import { PlanAssignments } from './PlanAssignments'
import { PlanBudget } from '../budget/PlanBudget'
import { PlanChanges } from './PlanChanges'
import { PlanHeader } from './PlanHeader'
import { PlanObligations } from './PlanObligations'
import { PlanSections } from './PlanSections'
import { PlanUnitPlans } from './PlanUnitPlans'
import { ReminderRulesCard } from '../notifications/ReminderRulesCard'
import { usePlanId } from './use-plan-id'
import { usePlan } from './use-plan-queries'

/** /ke-hoach/:id — one version of a plan: header, actions, changes and its sections. */
export function PlanPage() {
  const id = usePlanId()
  const plan = usePlan(id)
  const account = useAccount()
  useDocumentTitle(plan.data?.title ?? messages.plans.title)

  if (id <= 0) return <NotFoundPage />
  if (plan.isPending) return <FullPageSpin />
  if (plan.isError) return <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />

  const data = plan.data
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { key: 'plans', title: <Link to="/ke-hoach">{messages.plans.title}</Link> },
          { key: 'self', title: messages.plans.version(data.version) },
        ]}
      />
      <PlanHeader plan={data} />
      {data.changes.length > 0 && <PlanChanges changes={data.changes} />}
      <PlanSections plan={data.definition} />
      {data.status === 'published' && allows(account, 'campaign:review') && (
        <PlanAssignments planId={data.id} period={data.definition.period} />
      )}
      {data.definition.budget.length > 0 && <PlanBudget planId={data.id} />}
      <PlanUnitPlans planId={data.id} />
      {data.status === 'published' && <PlanObligations planId={data.id} />}
      {data.status === 'published' && (
        <ReminderRulesCard planId={data.id} canEdit={allows(account, 'campaign:review')} />
      )}
    </Flex>
  )
}
