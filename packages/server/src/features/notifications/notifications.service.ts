// A person's notifications (ADR 029): the bell's list and unread count, marking read, the
// channels, e-mail and phone of the account, and a plan's reminder rules (read by anyone on the
// plan, changed by its owner, audited).
import { AppError, can, normaliseReminderRules, type Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { loadPlan } from '../reports/reports.context'
import * as repo from './notifications.repository'
import { rulesOf } from './reminders'
import type { RulesBody, SettingsBody } from './notifications.schemas'

export async function listMine(deps: Deps, actor: Actor, limit: number) {
  const [rows, unread] = await Promise.all([
    repo.listNotifications(deps.db, actor.accountId, limit),
    repo.countUnread(deps.db, actor.accountId),
  ])
  return {
    unread,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      message: row.message,
      link: row.link,
      planTitle: row.plan_title,
      createdBy: row.created_by,
      createdAt: row.created_at.toISOString(),
      read: row.read_at !== null,
    })),
  }
}

export async function markMineRead(deps: Deps, actor: Actor, id?: number) {
  const marked = await repo.markRead(deps.db, actor.accountId, deps.now(), id)
  return { marked, unread: await repo.countUnread(deps.db, actor.accountId) }
}

function presentSettings(
  row: NonNullable<Awaited<ReturnType<typeof repo.findSettings>>>,
  deps: Deps,
) {
  return {
    email: row.email,
    phone: row.phone,
    inApp: row.notify_in_app,
    email_channel: row.notify_email,
    emailConfigured: deps.mail?.configured ?? false,
  }
}

export async function readSettings(deps: Deps, actor: Actor) {
  const row = await repo.findSettings(deps.db, actor.accountId)
  if (!row) throw new AppError('UNAUTHENTICATED')
  return presentSettings(row, deps)
}

export async function saveSettings(deps: Deps, actor: Actor, body: SettingsBody) {
  return deps.db.transaction().execute(async (tx) => {
    const before = await repo.findSettings(tx, actor.accountId)
    if (!before) throw new AppError('UNAUTHENTICATED')
    if (body.email_channel && !body.email)
      throw new AppError('VALIDATION', 'Nhận thông báo qua thư điện tử cần địa chỉ thư', [
        { path: 'email', message: 'Nhập địa chỉ thư điện tử' },
      ])
    const values = {
      email: body.email,
      phone: body.phone,
      notify_in_app: body.inApp,
      notify_email: body.email_channel,
    }
    await repo.updateSettings(tx, actor.accountId, values)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'account.notification_settings',
      entity: 'account',
      entityId: actor.accountId,
      before: presentSettings(before, deps),
      after: body,
    })
    return presentSettings({ ...before, ...values }, deps)
  })
}

export async function readRules(deps: Deps, planId: number) {
  const plan = await loadPlan(deps.db, planId)
  const row = await repo.findReminderRules(deps.db, plan.key)
  return { ...rulesOf(row), custom: row !== undefined, updatedBy: row?.updated_by ?? null }
}

export async function saveRules(deps: Deps, actor: Actor, planId: number, body: RulesBody) {
  const plan = await loadPlan(deps.db, planId)
  if (plan.scopePath === null || !can(actor, 'campaign:review', plan.scopePath))
    throw new AppError('FORBIDDEN', 'Chỉ đơn vị chủ trì kế hoạch được sửa quy tắc nhắc việc')
  const rules = normaliseReminderRules({
    daysBefore: body.daysBefore,
    onDay: body.onDay,
    whenLate: body.whenLate,
    escalateAfterDays: body.escalateAfterDays,
  })
  await deps.db.transaction().execute(async (tx) => {
    const before = await repo.findReminderRules(tx, plan.key)
    await repo.upsertReminderRules(tx, {
      plan_key: plan.key,
      days_before: rules.daysBefore,
      on_day: rules.onDay,
      when_late: rules.whenLate,
      escalate_after_days: rules.escalateAfterDays,
      updated_by: actor.username,
      updated_at: deps.now(),
    })
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'plan.reminder_rules',
      entity: 'plan',
      entityId: plan.id,
      before: rulesOf(before),
      after: rules,
      reason: body.reason ?? null,
    })
  })
  return readRules(deps, planId)
}
