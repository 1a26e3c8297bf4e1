// The reminder scheduler (ADR 029): a timer in each server process calls runSchedulerTick, whose
// every step is claimed in the database — an account's run of the day, a digest by its dedup key,
// an e-mail row — so any number of processes (or a restart half way) do each thing once. Tests
// call runSchedulerTick(deps, now) directly with the day they need.
import { digestEmail, vietnamDateOf } from '@antq/core'
import type { Deps } from '../../deps'
import { absoluteLink } from './mailer'
import { insertNotifications } from './notifications.repository'
import { flushOutbox, STALE_CLAIM_MS, WORKER_ID } from './outbox'
import * as outbox from './outbox.repository'
import { composeReminders } from './reminders'
import { newSchedulerStatus, type SchedulerStatus } from './scheduler-status'

/** Accounts reminded per tick: a tick stays short on a large register, the next goes on. */
const ACCOUNTS_PER_TICK = 25

export type TickResult = { reminded: number; notifications: number; digests: number; sent: number }

/** Hour of the day in Vietnam (UTC+7). */
const vietnamHour = (now: Date) => (now.getUTCHours() + 7) % 24

async function remindAccounts(deps: Deps, now: Date, today: string) {
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS)
  const due = await outbox.listAccountsToRemind(deps.db, {
    date: today,
    staleBefore,
    limit: ACCOUNTS_PER_TICK,
  })
  let reminded = 0
  let created = 0
  for (const { id } of due) {
    const claim = { accountId: id, date: today, worker: WORKER_ID, now, staleBefore }
    if (!(await outbox.claimRun(deps.db, claim))) continue
    const rows = await composeReminders(deps, id, now, today)
    // The notifications and the run's end commit together: a crash before leaves the run to be
    // claimed again, and the dedup keys keep whatever was inserted from being inserted twice.
    await deps.db.transaction().execute(async (tx) => {
      created += (await insertNotifications(tx, rows)).length
      await outbox.finishRun(tx, id, today, now)
    })
    reminded += 1
  }
  return { reminded, created }
}

/** One digest e-mail per person and day, once every account's run (escalations) is done. */
async function queueDigests(deps: Deps, today: string): Promise<number> {
  if (!(await outbox.allRunsDone(deps.db, today))) return 0
  const lines = await outbox.listDigestLines(deps.db, today)
  const byAccount = new Map<number, { email: string; lines: { message: string; url: string }[] }>()
  for (const line of lines) {
    if (!line.email) continue
    const entry = byAccount.get(line.account_id) ?? { email: line.email, lines: [] }
    entry.lines.push({ message: line.message, url: absoluteLink(deps.mail, line.link) })
    byAccount.set(line.account_id, entry)
  }
  const rows = [...byAccount].map(([accountId, entry]) => ({
    account_id: accountId,
    dedup_key: `digest:${accountId}:${today}`,
    to_address: entry.email,
    ...digestEmail(today, entry.lines),
  }))
  await outbox.enqueueEmails(deps.db, rows)
  return rows.length
}

export async function runSchedulerTick(
  deps: Deps,
  now: Date = deps.now(),
  options: { digestHour?: number } = {},
): Promise<TickResult> {
  const today = vietnamDateOf(now)
  let reminded = 0
  let notifications = 0
  let digests = 0
  if (vietnamHour(now) >= (options.digestHour ?? 0)) {
    const run = await remindAccounts(deps, now, today)
    reminded = run.reminded
    notifications = run.created
    digests = await queueDigests(deps, today)
  }
  const sent = await flushOutbox(deps, now)
  return { reminded, notifications, digests, sent }
}

/** Starts the timer (interval 0: none); the status is what the health route reports. */
export function startScheduler(
  deps: Deps,
  config: { intervalSeconds: number; digestHour: number },
): { status: SchedulerStatus; stop: () => void } {
  const status = newSchedulerStatus(config.intervalSeconds)
  if (config.intervalSeconds <= 0) return { status, stop: () => undefined }
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    runSchedulerTick(deps, deps.now(), { digestHour: config.digestHour })
      .then(() => {
        status.lastError = null
      })
      .catch((error: unknown) => {
        status.lastError = error instanceof Error ? error.message : String(error)
      })
      .finally(() => {
        status.ticks += 1
        status.lastTickAt = new Date().toISOString()
        running = false
      })
  }, config.intervalSeconds * 1000)
  timer.unref()
  return { status, stop: () => clearInterval(timer) }
}
