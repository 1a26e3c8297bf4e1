import { DeadlineExtensionPanel } from '../../components/DeadlineExtensionPanel'
import { messages } from '../../messages/vi'
import { useGrantReportExtension, type ReportList } from './reports-api'

type Props = { planId: number; periodId: string; data: ReportList; canExtend: boolean }

/** The period's report deadline extensions, per unit, with the shared deadline-extension control. */
export function ReportExtensionPanel({ planId, periodId, data, canExtend }: Props) {
  const grant = useGrantReportExtension(planId, periodId)
  // Units that have not submitted first: they are the ones usually given more time.
  const units = [...data.notSubmitted, ...data.items.map((item) => item.unit)]
  const unique = [...new Map(units.map((unit) => [unit.id, unit])).values()]
  return (
    <DeadlineExtensionPanel
      title={messages.reports.extension(data.period.label)}
      units={unique}
      extensions={data.extensions}
      canExtend={canExtend}
      grant={grant}
    />
  )
}
