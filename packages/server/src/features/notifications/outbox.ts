// Sending the e-mail outbox (ADR 029): claim a few unsent rows, send each through SMTP, mark it
// sent. At least once: a process that dies between sending and marking leaves a claim that goes
// stale and is taken again; every row has its own dedup key, so nothing is queued twice.
import { hostname } from 'node:os'
import type { Deps } from '../../deps'
import { claimEmails, markEmailFailed, markEmailSent } from './outbox.repository'

/** This process, as it signs its claims. */
export const WORKER_ID = `${hostname()}:${process.pid}`
/** A claim older than this belongs to a process that died. */
export const STALE_CLAIM_MS = 5 * 60_000
const BATCH = 20

/** Sends what is due (or only the given rows); returns how many were sent. */
export async function flushOutbox(deps: Deps, now: Date, ids?: number[]): Promise<number> {
  const mail = deps.mail
  if (!mail?.configured) return 0
  const claimed = await claimEmails(deps.db, {
    worker: WORKER_ID,
    now,
    staleBefore: new Date(now.getTime() - STALE_CLAIM_MS),
    limit: BATCH,
    ids,
  })
  let sent = 0
  for (const row of claimed) {
    try {
      await mail.send({ to: row.to_address, subject: row.subject, text: row.body })
      await markEmailSent(deps.db, row.id, new Date())
      sent += 1
    } catch (error) {
      await markEmailFailed(deps.db, row.id, error instanceof Error ? error.message : String(error))
    }
  }
  return sent
}
