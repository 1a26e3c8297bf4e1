// "Nhắc" on a late list (ADR 029): the plan owner presses it beside a late unit and the unit's
// accounts are told now — in the app, and by e-mail sent in the same request — with the page
// that does the duty. The unit must be on that very late list (the dashboard's service reads
// it), so nobody is chased for what is done. One nudge per unit, list and day: pressing again
// gives the same message back for Zalo without sending it twice.
import { AppError, can, nudgeMessage, vietnamDateOf, zaloShareText, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { listLateUnits } from '../targets/targets-late.service'
import { links } from '../todo/todo-links'
import { absoluteLink } from './mailer'
import { findPlanTitle, findUnitPath } from './notifications.repository'
import { queueNotice, sendQueued } from './send-now'
import type { NudgeInput } from './notifications.schemas'

type Late = Awaited<ReturnType<typeof listLateUnits>>

function findRow(late: Late, input: NudgeInput) {
  const list = {
    registration: late.registration,
    report: late.report,
    upward: late.upwardReports,
    events: late.events,
  }[input.list]
  return list.items.find(
    (row) =>
      row.unit.id === input.unitId &&
      (input.list !== 'upward' ||
        (row.obligation?.id === input.obligationId &&
          row.obligation?.periodKey === input.periodKey)),
  )
}

function linkFor(
  planId: number,
  late: Late,
  input: NudgeInput,
  row: NonNullable<ReturnType<typeof findRow>>,
) {
  switch (input.list) {
    case 'registration':
      return links.registration(planId)
    case 'report':
      return links.report(planId, late.report.period?.id ?? '', input.unitId)
    case 'upward':
      return links.upwardReport(
        planId,
        row.obligation?.id ?? '',
        row.obligation?.periodKey ?? '',
        input.unitId,
      )
    case 'events':
      return links.events(planId, late.year)
  }
}

export async function nudgeLateUnit(deps: Deps, actor: Actor, planId: number, input: NudgeInput) {
  const late = await listLateUnits(deps, actor, {
    planId,
    scopeUnitId: input.unitId,
    year: input.year,
    periodId: input.periodId,
  })
  const row = findRow(late, input)
  if (!row) throw new AppError('VALIDATION', 'Đơn vị này không còn trong danh sách chậm')
  const plan = await findPlanTitle(deps.db, planId)
  // A merged legacy unit is read, never written to (ADR 011): chasing it is a write.
  const unit = await findUnitPath(deps.db, input.unitId)
  if (!plan || !unit) throw new AppError('NOT_FOUND')
  if (!can(actor, 'campaign:review', unit.path)) throw new AppError('OUT_OF_SCOPE')
  const label =
    input.list === 'report'
      ? (late.report.period?.label ?? null)
      : input.list === 'upward'
        ? row.obligation
          ? `${row.obligation.label} (${row.obligation.periodLabel})`
          : null
        : null
  const message = nudgeMessage({
    list: input.list,
    unitName: row.unit.name,
    label,
    planTitle: plan.title,
    closedOn: row.closedOn,
    daysLate: row.daysLate,
    duty: input.list === 'events' ? row.status : null,
  })
  const link = linkFor(planId, late, input, row)
  const url = absoluteLink(deps.mail, link)
  const day = vietnamDateOf(deps.now())
  const what = [plan.plan_key, input.list, late.report.period?.id, row.obligation?.id]
    .concat([row.obligation?.periodKey, row.closedOn])
    .join(':')
  const { recipients, inserted, mailIds } = await deps.db.transaction().execute(async (tx) => {
    const sent = await queueNotice(deps, tx, actor, {
      ...{ unitId: input.unitId, planId, message, link },
      key: `${input.unitId}:${what}:${day}`,
    })
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'notification.nudge',
      entity: 'unit',
      entityId: input.unitId,
      after: { planId, list: input.list, message, link, recipients: sent.inserted.length },
    })
    return sent
  })
  const emailed = await sendQueued(deps, mailIds)
  return {
    message,
    link,
    zaloText: zaloShareText(message, url),
    recipients: recipients.map((account) => account.full_name),
    notified: inserted.length,
    alreadyToday: recipients.length > 0 && inserted.length === 0,
    emailed,
    emailConfigured: deps.mail?.configured ?? false,
  }
}
