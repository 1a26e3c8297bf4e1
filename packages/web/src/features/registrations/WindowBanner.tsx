import { Alert } from 'antd'
import { daysBetween, formatDateVi } from '@antq/core'
import { messages } from '../../messages/vi'
import type { RegistrationList } from './registrations-api'

const m = messages.registrations.window

/** Whether the form is open for the scope, until when (with the days left), or why it is closed. */
export function WindowBanner({ data }: { data: RegistrationList }) {
  const { open, closesOn } = data
  const { deadline, today } = data.plan
  if (!open) {
    const date = formatDateVi(closesOn ?? deadline ?? today)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={m.closedReason(date)}
        description={m.closedHint}
      />
    )
  }
  if (closesOn === null) return <Alert type="info" showIcon title={m.noDeadline} />
  const days = daysBetween(today, closesOn)
  const extended = deadline !== null && closesOn !== deadline
  return (
    <Alert
      type="success"
      showIcon
      title={`${m.openUntil(formatDateVi(closesOn))} — ${days === 0 ? m.today : m.daysLeft(days)}`}
      description={extended ? m.extended(formatDateVi(closesOn)) : undefined}
    />
  )
}
