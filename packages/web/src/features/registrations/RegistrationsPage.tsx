import { useState } from 'react'
import { Card, Flex, Result, Select, Statistic, Tabs } from 'antd'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { PlanPageHeader } from '../../components/PlanPageHeader'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { messages } from '../../messages/vi'
import { useAccount } from '../auth/use-account'
import { usePlanId } from '../plans/use-plan-id'
import { usePlan } from '../plans/use-plan-queries'
import { ExcludedPanel } from './ExcludedPanel'
import { ExtensionPanel } from './ExtensionPanel'
import { MissingPanel } from './MissingPanel'
import { RegisterPanel } from './RegisterPanel'
import { RegistrationFilePanel } from './RegistrationFilePanel'
import { campaignYears, defaultYear } from './registration-years'
import { useRegistrations } from './registrations-api'
import { WindowBanner } from './WindowBanner'

const m = messages.registrations

/** /ke-hoach/:id/dang-ky — the units of the actor's scope register for a published plan. */
export function RegistrationsPage() {
  const id = usePlanId()
  const account = useAccount()
  const plan = usePlan(id)
  const [chosenYear, setYear] = useState<number | undefined>(undefined)
  const year = chosenYear ?? (plan.data ? defaultYear(plan.data.definition) : undefined)
  const list = useRegistrations(id, year)
  useDocumentTitle(m.title)

  if (id <= 0) return <NotFoundPage />
  if (plan.isPending || (year !== undefined && list.isPending)) return <FullPageSpin />
  if (plan.isError) return <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
  if (!list.data || year === undefined) return <FullPageSpin />

  const data = list.data
  const canRegister = allows(account, 'campaign:report') || allows(account, 'campaign:review')
  const canExtend = allows(account, 'campaign:review')
  const published = plan.data.status === 'published'
  const tabs = [
    {
      key: 'register',
      label: m.tabs.register,
      children: (
        <RegisterPanel
          planId={id}
          year={year}
          plan={plan.data.definition}
          data={data}
          canRegister={canRegister && published}
        />
      ),
    },
    {
      key: 'missing',
      label: `${m.tabs.missing} (${data.notRegisteredTotal})`,
      children: <MissingPanel data={data} />,
    },
    {
      key: 'excluded',
      label: m.tabs.excluded,
      children: <ExcludedPanel excluded={data.excluded} />,
    },
    {
      key: 'extensions',
      label: m.tabs.extensions,
      children: <ExtensionPanel planId={id} year={year} data={data} canExtend={canExtend} />,
    },
    {
      key: 'file',
      label: m.tabs.file,
      children: (
        <RegistrationFilePanel planId={id} year={year} canImport={canRegister && data.open} />
      ),
    },
  ]
  return (
    <Flex vertical gap={16}>
      <PlanPageHeader
        planId={id}
        planTitle={plan.data.title}
        title={m.title}
        subtitle={[plan.data.title, data.scope?.name].filter(Boolean).join(' · ')}
        extra={
          <Select
            aria-label={m.year}
            value={year}
            style={{ minWidth: 140 }}
            options={campaignYears(plan.data.definition).map((each) => ({
              value: each,
              label: m.yearOption(each),
            }))}
            onChange={(value: number) => setYear(value)}
          />
        }
      />
      {!published && <Result status="info" title={m.notPublished} />}
      {data.scope === null ? (
        <Result status="info" title={m.noScope} />
      ) : (
        <>
          <WindowBanner data={data} />
          <Card size="small">
            <Flex gap={48} wrap>
              <Statistic title={m.summary.eligible} value={data.eligibleTotal} />
              <Statistic
                title={m.summary.registered}
                value={data.eligibleTotal - data.notRegisteredTotal}
              />
              <Statistic title={m.summary.missing} value={data.notRegisteredTotal} />
            </Flex>
          </Card>
          <Tabs items={tabs} />
        </>
      )}
    </Flex>
  )
}
