import { Button, Flex, Result, Select, Typography } from 'antd'
import { formatDateVi } from '@antq/core'
import { useSearchParams } from 'react-router'
import { isApiError } from '../../api/client'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { NotFoundPage } from '../../components/NotFoundPage'
import { PlanPageHeader } from '../../components/PlanPageHeader'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { usePlanId } from '../plans/use-plan-id'
import { usePlan } from '../plans/use-plan-queries'
import { ReportEditor } from './ReportEditor'
import { ReportFilePanel } from './ReportFilePanel'
import { useReportPeriods, useReports, type ReportPeriod } from './reports-api'
import { ReportTable } from './ReportTable'
import { ReportExtensionPanel } from './ReportExtensionPanel'
import { allows } from '../../lib/permissions'
import { useAccount } from '../auth/use-account'

const m = messages.reports

/**
 * The current quarter when the plan has quarters, else the first current period; in a year gone
 * (the server opens a plan covering 2024 on 2024) its last period: the year's report.
 */
function defaultPeriod(items: ReportPeriod[]): string | undefined {
  const current = items.filter((item) => item.current)
  return (current.find((item) => item.frequency === 'quarterly') ?? current[0] ?? items.at(-1))?.id
}

/** The plan's years, newest first: to its end year, or (every year) to the year after today's. */
function reportYears(period: { startYear: number; endYear: number | null }, shown: number) {
  const last = period.endYear ?? Math.max(shown, new Date().getFullYear()) + 1
  return Array.from({ length: last - period.startYear + 1 }, (_, index) => last - index)
}

/** /ke-hoach/:id/bao-cao?ky=&donvi=&mo= — a unit's and its sub-units' reports for a period. */
export function ReportsPage() {
  const id = usePlanId()
  const plan = usePlan(id)
  const [params, setParams] = useSearchParams()
  // A period id starts with its year ("2024-Q1", "2024"): a link to one opens its year.
  const year = Number(params.get('ky')?.slice(0, 4) ?? '') || undefined
  const periods = useReportPeriods(id, year)
  const periodId =
    params.get('ky') ?? (periods.data ? defaultPeriod(periods.data.items) : undefined)
  const unitParam = Number(params.get('donvi') ?? '')
  const unitId = unitParam > 0 ? unitParam : undefined
  const openId = Number(params.get('mo') ?? '')
  const list = useReports(id, periodId, unitId)
  const account = useAccount()
  useDocumentTitle(m.title)

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes))
      if (value === null) next.delete(key)
      else next.set(key, value)
    setParams(next)
  }

  if (id <= 0) return <NotFoundPage />
  if (plan.isPending || periods.isPending || list.isPending) return <FullPageSpin />
  if (plan.isError) return <ErrorResult error={plan.error} onRetry={() => void plan.refetch()} />
  if (periods.isError) return <ErrorResult error={periods.error} />
  // A unit the plan excludes (plan 000: kindergartens…) has nothing to fill: the plan's clause.
  if (isApiError(list.error) && list.error.details[0]?.path === 'unit')
    return <Result status="info" title={m.excluded} subTitle={list.error.message} />
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />

  const data = list.data
  const open = data.items.find((item) => item.unit.id === openId)
  const period = periods.data.items.find((item) => item.id === periodId)
  return (
    <Flex vertical gap={16}>
      <PlanPageHeader
        planId={id}
        planTitle={plan.data.title}
        title={m.title}
        subtitle={[plan.data.title, data.unit.name].join(' · ')}
        extra={
          <Flex vertical align="end" gap={4} style={{ maxWidth: '100%' }}>
            <Flex gap={8} wrap justify="end">
              <Select
                aria-label={m.year}
                style={{ minWidth: 120 }}
                value={periods.data.year}
                options={reportYears(plan.data.definition.period, periods.data.year).map(
                  (each) => ({ value: each, label: m.yearOption(each) }),
                )}
                onChange={(value: number) => update({ ky: String(value), mo: null })}
              />
              <Select
                aria-label={m.periodLabel}
                style={{ minWidth: 200, maxWidth: '100%' }}
                value={periodId}
                options={periods.data.items.map((item) => ({
                  value: item.id,
                  label: item.current ? `${item.label} (${m.current})` : item.label,
                }))}
                onChange={(value: string) => update({ ky: value, mo: null })}
              />
            </Flex>
            {period && (
              <Typography.Text type="secondary">{m.deadline(period.deadlineText)}</Typography.Text>
            )}
          </Flex>
        }
      />
      {unitId !== undefined && (
        <Button style={{ alignSelf: 'start' }} onClick={() => update({ donvi: null, mo: null })}>
          {m.backToScope(messages.nav.scope)}
        </Button>
      )}
      {data.notSubmitted.length > 0 && (
        <Typography.Text type="warning">{m.notSubmitted(data.notSubmitted.length)}</Typography.Text>
      )}
      <ReportTable
        data={data}
        openId={open?.unit.id}
        onOpen={(unit) => update({ mo: String(unit) })}
        onDrill={(unit) => update({ donvi: String(unit), mo: null })}
      />
      {open && periodId && (
        <ReportEditor
          key={`${open.unit.id}:${periodId}`}
          planId={id}
          periodId={periodId}
          periodLabel={period?.label ?? periodId}
          form={data.forms[open.unit.kind]}
          report={open}
        />
      )}
      {periodId && (allows(account, 'campaign:review') || data.extensions.length > 0) && (
        <ReportExtensionPanel
          planId={id}
          periodId={periodId}
          data={data}
          canExtend={allows(account, 'campaign:review') && plan.data.status === 'published'}
        />
      )}
      {periodId && (
        <ReportFilePanel
          planId={id}
          periodId={periodId}
          unitId={unitId}
          deadline={period ? formatDateVi(period.deadline) : null}
        />
      )}
    </Flex>
  )
}
