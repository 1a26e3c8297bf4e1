// One account's reminders for a day (ADR 029). What is due is the to-do home's answer for that
// account (ADR 028) — never a second computation; the plan's rules say which step each duty is
// at, the dedup key makes each step of each duty one notification ever, and a duty late past the
// escalation day is told to the accounts of the account's managing unit.
import { createHash } from 'node:crypto'
import {
  DEFAULT_REMINDER_RULES,
  escalationMessage,
  isEscalated,
  reminderMessage,
  reminderStage,
  type Actor,
  type ReminderRules,
  type Role,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findMergedLegacyPaths } from '../units/legacy-scope'
import { links } from '../todo/todo-links'
import { getTodo } from '../todo/todo.service'
import type { TodoItem } from '../todo/todo.types'
import * as repo from './notifications.repository'

/** A late duty of these groups is the account's own unit's: its managing unit is told. */
const ESCALATING_GROUPS = new Set([
  'registration',
  'reports',
  'upward_reports',
  'events',
  'unit_plans',
  'assignments',
  'models',
])

export function rulesOf(row: Awaited<ReturnType<typeof repo.findReminderRules>>): ReminderRules {
  if (!row) return DEFAULT_REMINDER_RULES
  return {
    daysBefore: row.days_before,
    onDay: row.on_day,
    whenLate: row.when_late,
    escalateAfterDays: row.escalate_after_days,
  }
}

/** A duty's identity across days: plan key, kind, label and deadline (not its count). */
function dutyKey(planKey: string, item: TodoItem): string {
  const text = [planKey, item.kind, item.label ?? '', item.deadline ?? ''].join('|')
  return createHash('sha256').update(text).digest('hex').slice(0, 24)
}

type Recipient = NonNullable<Awaited<ReturnType<typeof repo.findRecipient>>>

async function actorOf(deps: Deps, account: Recipient): Promise<Actor> {
  const scopePath = account.scope_path ?? null
  return {
    accountId: account.id,
    username: account.username,
    roles: account.roles as Role[],
    scopePath,
    legacyScopePaths: await findMergedLegacyPaths(deps, scopePath),
  }
}

/** The account's new notifications of the day (reminders and escalations), ready to insert. */
export async function composeReminders(
  deps: Deps,
  accountId: number,
  now: Date,
  today: string,
): Promise<repo.NewNotification[]> {
  const account = await repo.findRecipient(deps.db, accountId)
  if (!account || account.roles.includes('admin')) return []
  const actor = await actorOf(deps, account)
  // The to-do of that day, as the account would see it on its home page.
  const todo = await getTodo({ ...deps, now: () => now }, actor)
  const items = todo.groups.flatMap((group) => group.items)
  const planIds = [...new Set(items.flatMap((item) => (item.plan ? [item.plan.id] : [])))]
  const keys = new Map((await repo.listPlanKeys(deps.db, planIds)).map((p) => [p.id, p.plan_key]))
  const rules = new Map(
    (await repo.listReminderRules(deps.db, [...keys.values()])).map((row) => [
      row.plan_key,
      rulesOf(row),
    ]),
  )
  // Those who act for the managing unit (its plan owner and clerks), not its council or leader.
  const managers =
    account.managing_unit_id !== null && account.roles.includes('unit_clerk')
      ? (await repo.listUnitAccounts(deps.db, [account.managing_unit_id])).filter((manager) =>
          manager.roles.some((role) => role === 'plan_owner' || role === 'unit_clerk'),
        )
      : []
  const rows: repo.NewNotification[] = []
  for (const item of items) {
    const planKey = item.plan ? keys.get(item.plan.id) : undefined
    if (!item.plan || !planKey || item.deadline === null || item.daysLeft === null) continue
    const rule = rules.get(planKey) ?? DEFAULT_REMINDER_RULES
    const duty = {
      ...item,
      planTitle: item.plan.title,
      deadline: item.deadline,
      daysLeft: item.daysLeft,
    }
    const key = dutyKey(planKey, item)
    const stage = reminderStage(rule, item.daysLeft)
    if (stage)
      rows.push({
        account_id: account.id,
        kind: 'reminder',
        plan_id: item.plan.id,
        message: reminderMessage(duty),
        link: item.link,
        dedup_key: `reminder:${account.id}:${key}:${stage}`,
        digest_date: today,
        read_at: account.notify_in_app ? null : now,
      })
    if (!ESCALATING_GROUPS.has(item.group) || item.daysLeft >= 0) continue
    if (!isEscalated(rule, -item.daysLeft) || account.scope_unit_id === null) continue
    for (const manager of managers) {
      // The manager opens the plan's progress at its own unit, where the late unit is listed.
      rows.push({
        account_id: manager.id,
        kind: 'escalation',
        plan_id: item.plan.id,
        message: escalationMessage(account.scope_name ?? account.full_name, duty),
        link: links.dashboard(item.plan.id, account.managing_unit_id ?? 0),
        dedup_key: `escalation:${manager.id}:${account.scope_unit_id}:${key}`,
        digest_date: today,
        read_at: manager.notify_in_app ? null : now,
      })
    }
  }
  return rows
}
