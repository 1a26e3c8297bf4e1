import { Breadcrumb, Flex, Result, Typography } from 'antd'
import { ERROR_MESSAGES } from '@antq/core'
import { Link } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { PlanEditor } from './PlanEditor'
import { usePlanId } from './use-plan-id'
import { usePlan } from './use-plan-queries'

const e = messages.planEdit

/** /ke-hoach/:id/sua — the form editor, for drafts and accounts that may write plans. */
export function PlanEditPage() {
  const id = usePlanId()
  const account = useAccount()
  const plan = usePlan(id)
  useDocumentTitle(e.title)

  if (id <= 0) return <NotFoundPage />
  if (plan.isPending) return <FullPageSpin />
  if (plan.isError) return <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />

  const data = plan.data
  const back = <Link to={`/ke-hoach/${data.id}`}>{messages.app.back}</Link>
  if (!allows(account, 'plans:write'))
    return (
      <Result
        status="403"
        title={messages.errors.forbiddenTitle}
        subTitle={ERROR_MESSAGES.FORBIDDEN}
        extra={back}
      />
    )
  if (!data.actions.includes('edit'))
    return <Result status="warning" title={e.notEditable} extra={back} />

  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { key: 'plans', title: <Link to="/ke-hoach">{messages.plans.title}</Link> },
          {
            key: 'plan',
            title: <Link to={`/ke-hoach/${data.id}`}>{messages.plans.version(data.version)}</Link>,
          },
          { key: 'edit', title: e.title },
        ]}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {e.heading(data.title)}
      </Typography.Title>
      {/* Keyed by id only: a save updates the cached plan, and remounting then would drop the
          save's own success callback (the move back to the plan page). */}
      <PlanEditor key={data.id} plan={data} />
    </Flex>
  )
}
