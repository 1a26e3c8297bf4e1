import { useState } from 'react'
import { App, Button, Card, Flex, Input, Modal, Select, Typography } from 'antd'
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons'
import { BUDGET_FUNDING_LABELS } from '@antq/core'
import { messages } from '../../messages/vi'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { budgetExportUrl, useBudget, useEstimateAction, type BudgetEstimate } from './budget-api'
import { BudgetEstimateModal } from './BudgetEstimateModal'
import { BudgetEstimateTable, type EstimateCommand } from './BudgetEstimateTable'
import { BudgetSpendingModal } from './BudgetSpendingModal'
import { BudgetTotals } from './BudgetTotals'

const m = messages.budget
type Draft = Parameters<typeof BudgetEstimateModal>[0]['initial']

/**
 * Kinh phí của kế hoạch: các dòng kinh phí như kế hoạch ghi (ai lập, ai phê duyệt), dự toán của
 * từng đơn vị theo năm và trạng thái, tổng hợp theo năm và nguồn, phê duyệt/trả lại, ghi chi.
 */
export function PlanBudget({ planId }: { planId: number }) {
  const { message } = App.useApp()
  const [year, setYear] = useState<number | undefined>(undefined)
  const budget = useBudget(planId, year)
  const act = useEstimateAction(planId)
  const [draft, setDraft] = useState<Draft>(null)
  const [spending, setSpending] = useState<BudgetEstimate | null>(null)
  const [returning, setReturning] = useState<BudgetEstimate | null>(null)
  const [reason, setReason] = useState('')
  const view = budget.data
  if (!view || view.lines.length === 0) return null

  const decide = (
    estimate: BudgetEstimate,
    action: 'submit' | 'approve' | 'return',
    why?: string,
  ) =>
    act.mutate(
      { id: estimate.id, action, reason: why, rowVersion: estimate.rowVersion },
      {
        onSuccess: () => {
          setReturning(null)
          void message.success(
            action === 'submit' ? m.submitted : action === 'approve' ? m.approved : m.returned,
          )
        },
      },
    )
  const onCommand = (command: EstimateCommand, estimate: BudgetEstimate) => {
    if (command === 'edit') setDraft({ ...estimate, note: estimate.note ?? undefined })
    else if (command === 'spend') setSpending(estimate)
    else if (command === 'return') setReturning(estimate)
    else decide(estimate, command)
  }
  const years = Array.from(
    { length: Math.min(view.span.to - view.span.from + 1, 30) },
    (_, i) => view.span.from + i,
  )

  return (
    <Card title={m.title}>
      <Flex vertical gap={16}>
        <Typography.Title level={5}>{m.lines}</Typography.Title>
        {/* Plain blocks, not antd List: List pulls Pagination into the core chunk (a chunk cycle). */}
        {view.lines.map((line) => (
          <Flex key={line.id} vertical gap={2}>
            <Typography.Text strong>
              {line.label} ({line.source}) —{' '}
              {line.cadence === 'yearly' ? m.cadenceYearly : m.cadenceOnce(line.year)}
            </Typography.Text>
            <Typography.Text type="secondary">{line.text}</Typography.Text>
            <Typography.Text>
              {m.funding}: {line.funding.map((code) => BUDGET_FUNDING_LABELS[code]).join(', ')}
            </Typography.Text>
            <Typography.Text>
              {m.estimators}: {line.estimators.join('; ')}. {m.approver}: {line.approver}
            </Typography.Text>
          </Flex>
        ))}
        <Flex gap={8} wrap align="center">
          <Typography.Title level={5} style={{ margin: 0, flex: 1 }}>
            {m.estimates}
          </Typography.Title>
          <Select
            aria-label={m.year}
            style={{ width: 180 }}
            value={year ?? 0}
            onChange={(value) => setYear(value === 0 ? undefined : value)}
            options={[
              { value: 0, label: m.allYears },
              ...years.map((item) => ({ value: item, label: m.yearOption(item) })),
            ]}
          />
          {view.ownUnit && view.published && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setDraft({ year: year ?? view.span.from })}
            >
              {m.newEstimate}
            </Button>
          )}
          <Button href={budgetExportUrl(planId, year)} download icon={<DownloadOutlined />}>
            {m.download}
          </Button>
        </Flex>
        <ApiErrorAlert error={act.error} />
        <BudgetEstimateTable
          planId={planId}
          view={view}
          pending={act.isPending}
          onCommand={onCommand}
        />
        <BudgetTotals totals={view.totals} />
      </Flex>
      <BudgetEstimateModal
        planId={planId}
        view={view}
        initial={draft}
        onClose={() => setDraft(null)}
      />
      <BudgetSpendingModal planId={planId} estimate={spending} onClose={() => setSpending(null)} />
      <Modal
        open={returning !== null}
        title={m.return}
        okText={m.return}
        okButtonProps={{ danger: true, loading: act.isPending, disabled: reason.trim() === '' }}
        cancelText={messages.app.cancel}
        onCancel={() => setReturning(null)}
        afterClose={() => setReason('')}
        onOk={() => returning && decide(returning, 'return', reason.trim())}
      >
        <label htmlFor="budget-return-reason">{m.reason}</label>
        <Input.TextArea
          id="budget-return-reason"
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {reason.trim() === '' && (
          <Typography.Text type="secondary">{m.reasonRequired}</Typography.Text>
        )}
      </Modal>
    </Card>
  )
}
