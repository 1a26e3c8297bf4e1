// The dashboard's late list (targets-late.service.ts) asks here which units of a scope have not
// held a plan's event whose window for the year has closed: one row per unit and event, the
// window's last day as the day it closed.
import {
  daysBetween,
  eventStandingOf,
  eventWindowOf,
  holdsEvent,
  PLAN_EVENT_KIND_LABELS,
  type Plan,
} from '@antq/core'
import type { Deps } from '../../deps'
import type { RegistrantRow } from '../registrations/registrations.repository'
import type { LateUnit } from '../targets/targets-late'
import { dateOf } from './events.presenter'
import { listPlanEvents } from './events.repository'

export async function findLateEvents(
  deps: Deps,
  input: {
    plan: { key: string; plan: Plan }
    year: number
    today: string
    units: readonly RegistrantRow[]
  },
): Promise<LateUnit[]> {
  const { plan, year, today } = input
  if (plan.plan.events.length === 0) return []
  const records = await listPlanEvents(deps.db, plan.key, year)
  return plan.plan.events.flatMap((event) => {
    const window = eventWindowOf(event, year)
    if (today <= window.to) return []
    return input.units.flatMap((unit) => {
      if (!holdsEvent(event, unit.kind)) return []
      const heldOn = records
        .filter((row) => row.plan_event_id === event.id && row.unit_id === unit.id)
        .map((row) => dateOf(row.held_on))
      if (eventStandingOf(window, heldOn, today) !== 'late') return []
      const status = `Chưa tổ chức ${PLAN_EVENT_KIND_LABELS[event.kind]}`
      return [
        {
          unit,
          closedOn: window.to,
          daysLate: daysBetween(window.to, today),
          status,
          returnReason: null,
        },
      ]
    })
  })
}
