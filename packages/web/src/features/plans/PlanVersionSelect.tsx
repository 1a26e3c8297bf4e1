import { Select } from 'antd'
import { PLAN_STATUS_LABELS } from '@antq/core'
import { useNavigate } from 'react-router'
import type { PlanSummary } from '../../api/types'
import { messages } from '../../messages/vi'

/** Every version of the plan, newest first; choosing one opens its page. */
export function PlanVersionSelect({
  current,
  versions,
}: {
  current: number
  versions: readonly PlanSummary[]
}) {
  const navigate = useNavigate()
  return (
    <Select
      aria-label={messages.plans.versionLabel}
      value={current}
      style={{ minWidth: 240 }}
      options={versions.map((version) => ({
        value: version.id,
        label: messages.plans.versionOption(version.version, PLAN_STATUS_LABELS[version.status]),
      }))}
      onChange={(id: number) => void navigate(`/ke-hoach/${id}`)}
    />
  )
}
