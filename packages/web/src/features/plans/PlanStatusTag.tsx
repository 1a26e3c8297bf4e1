import { Tag } from 'antd'
import { PLAN_STATUS_LABELS, type PlanStatus } from '@antq/core'

const COLORS: Record<PlanStatus, string> = { draft: 'gold', published: 'green', closed: 'default' }

/** Dự thảo (gold) / Đã ban hành (green) / Đã kết thúc (grey). */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag color={COLORS[status]}>{PLAN_STATUS_LABELS[status]}</Tag>
}
