// /ke-hoach/:id/bao-cao-cap-tren/:obligationId/:periodKey/:unitId — one upward report: the
// computed parts read-only, the three written sections editable while a draft, save, download
// DOCX/PDF, send; the receiving level marks it received or returns it with a reason.
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { PlanPageHeader } from '../../components/PlanPageHeader'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { messages } from '../../messages/vi'
import { usePlanId } from '../plans/use-plan-id'
import { UpwardReportParts } from './UpwardReportParts'
import { UpwardReportStatusTag } from './UpwardReportStatusTag'
import {
  reportPath,
  useUpwardReport,
  useUpwardReportSteps,
  type WrittenSections,
} from './upward-reports-api'

const m = messages.upwardReports
const FIELDS = ['narrative', 'shortcomings', 'proposals'] as const
const EMPTY: WrittenSections = { narrative: '', shortcomings: '', proposals: '' }

export function UpwardReportPage() {
  const planId = usePlanId()
  const params = useParams()
  const key = {
    planId,
    obligationId: params.obligationId ?? '',
    periodKey: params.periodKey ?? '',
    unitId: Number(params.unitId ?? ''),
  }
  const report = useUpwardReport(key)
  const steps = useUpwardReportSteps(key)
  const { message } = App.useApp()
  const [sections, setSections] = useState<WrittenSections>(EMPTY)
  const [reason, setReason] = useState('')
  useDocumentTitle(m.editorTitle)
  useEffect(() => {
    if (report.data) setSections({ ...EMPTY, ...report.data.sections })
  }, [report.data])

  if (report.isPending) return <FullPageSpin />
  if (report.isError)
    return <ErrorResult error={report.error} onRetry={() => void report.refetch()} />
  const data = report.data
  const editable = data.actions.includes('save')
  const run = (list: Parameters<typeof steps.mutate>[0]['steps'], done: string) =>
    steps.mutate(
      { steps: list, rowVersion: data.rowVersion },
      { onSuccess: () => void message.success(done) },
    )
  return (
    <Flex vertical gap={16}>
      <PlanPageHeader
        planId={planId}
        planTitle={data.plan.title}
        title={m.editorTitle}
        subtitle={`${data.unit.name} — ${data.occurrence.label}`}
        extra={<UpwardReportStatusTag row={data} />}
      />
      {steps.error && <Alert type="error" showIcon message={steps.error.message} />}
      {data.returnReason && data.status === 'draft' && (
        <Alert type="warning" showIcon message={m.returnedWith(data.returnReason)} />
      )}
      <Card title={m.writtenTitle}>
        {FIELDS.map((field) => (
          <Flex vertical key={field} style={{ marginBottom: 12 }}>
            <label htmlFor={`section-${field}`}>{m[field]}</label>
            <Input.TextArea
              id={`section-${field}`}
              value={sections[field]}
              readOnly={!editable}
              maxLength={20_000}
              autoSize={{ minRows: 3, maxRows: 16 }}
              onChange={(event) => setSections({ ...sections, [field]: event.target.value })}
            />
          </Flex>
        ))}
        <Flex gap={8} wrap>
          {editable && (
            <Button
              loading={steps.isPending}
              onClick={() => run([{ kind: 'save', sections }], m.saved)}
            >
              {m.save}
            </Button>
          )}
          <Button
            href={`${reportPath(key)}/document?format=docx`}
            download
            icon={<DownloadOutlined />}
          >
            {m.downloadDocx}
          </Button>
          <Button
            href={`${reportPath(key)}/document?format=pdf`}
            download
            icon={<DownloadOutlined />}
          >
            {m.downloadPdf}
          </Button>
          {data.actions.includes('submit') && (
            <Popconfirm
              title={m.submitConfirm}
              okText={m.submit}
              cancelText={messages.app.cancel}
              onConfirm={() =>
                run(
                  [
                    { kind: 'save', sections },
                    { kind: 'action', action: 'submit' },
                  ],
                  m.submitted,
                )
              }
            >
              <Button type="primary">{m.submit}</Button>
            </Popconfirm>
          )}
          {data.actions.includes('receive') && (
            <Button
              type="primary"
              onClick={() => run([{ kind: 'action', action: 'receive' }], m.received)}
            >
              {m.receive}
            </Button>
          )}
        </Flex>
        {data.actions.includes('return') && (
          <Flex gap={8} style={{ marginTop: 12 }}>
            <Input
              aria-label={m.returnReason}
              placeholder={m.returnReason}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <Button
              danger
              disabled={reason.trim() === ''}
              onClick={() => run([{ kind: 'action', action: 'return', reason }], m.returned)}
            >
              {m.return}
            </Button>
          </Flex>
        )}
      </Card>
      <Card title={m.computedTitle}>
        <Typography.Paragraph type="secondary">
          {data.frozenAt ? m.frozenAt(data.frozenAt.slice(0, 10)) : m.liveNote}
        </Typography.Paragraph>
        <UpwardReportParts parts={data.parts} />
      </Card>
    </Flex>
  )
}
