import type { Plan } from '@antq/core'
import { PlanEventsPanel } from '../events/PlanEventsPanel'
import { usePlanId } from './use-plan-id'

/** Ngày hội, diễn đàn: the plan's events and who has held them (features/events). */
export function PlanEvents(_props: { plan: Plan }) {
  return <PlanEventsPanel planId={usePlanId()} />
}
