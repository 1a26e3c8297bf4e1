import { useMemo, useState } from 'react'
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd'
import {
  REPORT_ACTION_LABELS,
  validateReport,
  vietnamDateOf,
  type ReportAction,
  type ReportForm,
} from '@antq/core'
import { isApiError } from '../../api/client'
import { messages } from '../../messages/vi'
import { LateEntryButton } from './LateEntryButton'
import { ReasonModal } from './ReasonModal'
import { ReportField } from './ReportField'
import { ReportHistory } from './ReportHistory'
import { useReportSteps, type Figures, type ReportItem } from './reports-api'
import { ReportStatusTag } from './ReportStatusTag'

const m = messages.reports.form
type ReviewAction = 'accept' | 'return' | 'reopen' | 'withdraw'

type Props = {
  planId: number
  periodId: string
  periodLabel: string
  form: ReportForm | undefined
  report: ReportItem
}

/** One unit's report for a period: fields checked as you type, draft, submit, review, history. */
export function ReportEditor({ planId, periodId, periodLabel, form, report }: Props) {
  const { message } = App.useApp()
  const [values, setValues] = useState<Figures>(report.figures as Figures)
  const [submitting, setSubmitting] = useState(false)
  const [asking, setAsking] = useState<'return' | 'reopen' | null>(null)
  const steps = useReportSteps(planId, periodId, report.unit.id)
  const actions: ReportAction[] = report.actions
  const editable = actions.includes('save') || actions.includes('revise')
  // The plan owner may enter a locked period late: the fields open to them.
  const lateEntry = report.lateEntryAllowed && form !== undefined
  const issues = useMemo(
    () => (form ? validateReport(form, values, submitting ? 'submit' : 'draft') : []),
    [form, values, submitting],
  )
  const serverIssues = isApiError(steps.error) ? steps.error.details : []
  const issueOf = (field: string) =>
    issues.find((issue) => issue.field === field)?.message ??
    serverIssues.find((detail) => detail.path === field)?.message
  const locked =
    !editable && report.deadline !== null && report.deadline < vietnamDateOf(new Date())

  const run = (kind: 'save' | 'submit') => {
    if (!form) return
    if (kind === 'submit') {
      setSubmitting(true)
      if (validateReport(form, values, 'submit').length > 0) return
    }
    const revise = actions.includes('revise')
      ? [{ kind: 'action' as const, action: 'revise' as const }]
      : []
    const submit = kind === 'submit' ? [{ kind: 'action' as const, action: 'submit' as const }] : []
    steps.mutate(
      {
        steps: [...revise, { kind: 'save', figures: values }, ...submit],
        rowVersion: report.rowVersion,
      },
      {
        onSuccess: () =>
          void message.success(kind === 'submit' ? m.done(REPORT_ACTION_LABELS.submit) : m.saved),
      },
    )
  }
  const review = (action: ReviewAction, reason?: string) =>
    steps.mutate(
      { steps: [{ kind: 'action', action, reason }], rowVersion: report.rowVersion },
      {
        onSuccess: () => {
          setAsking(null)
          void message.success(m.done(REPORT_ACTION_LABELS[action]))
        },
      },
    )

  return (
    <Card
      title={m.title(report.unit.name, periodLabel)}
      extra={
        <ReportStatusTag
          status={report.status}
          label={report.statusLabel}
          lateEntry={report.lateEntry}
        />
      }
    >
      <Flex vertical gap={16}>
        {report.status === 'returned' && report.returnReason && (
          <Alert
            type="warning"
            showIcon
            title={m.returned}
            description={m.returnReason(report.returnReason)}
          />
        )}
        {locked && (
          <Alert
            type="info"
            showIcon
            title={m.locked}
            description={lateEntry ? messages.reports.lateEntry.hint : undefined}
          />
        )}
        {!locked && actions.length === 0 && !lateEntry && (
          <Typography.Text type="secondary">{m.readOnly}</Typography.Text>
        )}
        {!form || form.fields.length === 0 ? (
          <Typography.Text type="secondary">{m.noFields}</Typography.Text>
        ) : (
          <Form layout="vertical" style={{ maxWidth: 720 }}>
            {form.fields.map((field) => (
              <ReportField
                key={field.id}
                field={field}
                value={values[field.id]}
                issue={issueOf(field.id)}
                recorded={report.recorded?.[field.id]}
                disabled={!editable && !lateEntry}
                onChange={(value) => setValues((current) => ({ ...current, [field.id]: value }))}
              />
            ))}
          </Form>
        )}
        {steps.error && <Alert type="error" showIcon role="alert" title={steps.error.message} />}
        <Flex gap={8} wrap>
          {lateEntry && form && (
            <LateEntryButton
              planId={planId}
              periodId={periodId}
              form={form}
              report={report}
              values={values}
              onCheck={() => setSubmitting(true)}
            />
          )}
          {editable && (
            <>
              <Button loading={steps.isPending} onClick={() => run('save')}>
                {m.save}
              </Button>
              <Button type="primary" loading={steps.isPending} onClick={() => run('submit')}>
                {report.status === 'returned' ? m.resubmit : m.submit}
              </Button>
            </>
          )}
          {(['withdraw', 'accept'] as const)
            .filter((action) => actions.includes(action))
            .map((action) => (
              <Button
                key={action}
                type={action === 'accept' ? 'primary' : 'default'}
                loading={steps.isPending}
                onClick={() => review(action)}
              >
                {REPORT_ACTION_LABELS[action]}
              </Button>
            ))}
          {(['return', 'reopen'] as const)
            .filter((action) => actions.includes(action))
            .map((action) => (
              <Button key={action} danger onClick={() => setAsking(action)}>
                {REPORT_ACTION_LABELS[action]}
              </Button>
            ))}
        </Flex>
        <ReportHistory history={report.history} />
      </Flex>
      <ReasonModal
        action={asking}
        pending={steps.isPending}
        error={asking ? (steps.error?.message ?? null) : null}
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => asking && review(asking, reason)}
      />
    </Card>
  )
}
