import { useState } from 'react'
import { App, Button } from 'antd'
import { validateReport, type ReportForm } from '@antq/core'
import { messages } from '../../messages/vi'
import { ReasonModal } from './ReasonModal'
import { useLateEntry, type Figures, type ReportItem } from './reports-api'

const m = messages.reports.lateEntry

type Props = {
  planId: number
  periodId: string
  form: ReportForm
  report: ReportItem
  values: Figures
  /** Shows every field's problem in the editor before asking for the reason. */
  onCheck: () => void
}

/** "Nhập muộn": the plan owner enters a closed period's figures, with a reason kept in history. */
export function LateEntryButton({ planId, periodId, form, report, values, onCheck }: Props) {
  const { message } = App.useApp()
  const [asking, setAsking] = useState(false)
  const late = useLateEntry(planId, periodId, report.unit.id)
  const start = () => {
    onCheck()
    if (validateReport(form, values, 'submit').length === 0) setAsking(true)
  }
  return (
    <>
      <Button onClick={start}>{m.button}</Button>
      <ReasonModal
        action={asking ? 'late_entry' : null}
        pending={late.isPending}
        error={asking ? (late.error?.message ?? null) : null}
        onCancel={() => setAsking(false)}
        onConfirm={(reason) =>
          late.mutate(
            { figures: values, reason, rowVersion: report.rowVersion },
            {
              onSuccess: () => {
                setAsking(false)
                void message.success(m.done)
              },
            },
          )
        }
      />
    </>
  )
}
