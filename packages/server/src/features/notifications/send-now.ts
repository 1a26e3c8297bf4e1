// A notification sent now (ADR 029) — "Nhắc" on a late list, "Đôn đốc" on an assignment: every
// active account of a unit gets it in the app, and its e-mail is queued inside the caller's
// transaction (so the write and its notice commit together) and sent right after the commit.
import { instantEmail, type Actor } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { absoluteLink } from './mailer'
import { insertNotifications, listUnitAccounts } from './notifications.repository'
import { flushOutbox } from './outbox'
import { enqueueEmails } from './outbox.repository'

export type Notice = {
  unitId: number
  planId: number | null
  message: string
  link: string
  /** What makes this notice one: the same key for the same account is not sent again. */
  key: string
}

/** Inserts the notice for the unit's accounts and queues their e-mails; call inside the write. */
export async function queueNotice(deps: Deps, tx: Kysely<Database>, actor: Actor, notice: Notice) {
  const now = deps.now()
  const recipients = await listUnitAccounts(tx, [notice.unitId])
  const rows = await insertNotifications(
    tx,
    recipients.map((account) => ({
      account_id: account.id,
      kind: 'nudge' as const,
      plan_id: notice.planId,
      message: notice.message,
      link: notice.link,
      dedup_key: `nudge:${account.id}:${notice.key}`,
      created_by: actor.username,
      read_at: account.notify_in_app ? null : now,
    })),
  )
  const url = absoluteLink(deps.mail, notice.link)
  const mails = rows.flatMap((sent) => {
    const account = recipients.find((each) => each.id === sent.account_id)
    if (!account?.email || !account.notify_email) return []
    const mail = { account_id: account.id, dedup_key: `mail:${sent.dedup_key}` }
    return [{ ...mail, to_address: account.email, ...instantEmail(notice.message, url) }]
  })
  const mailIds = await enqueueEmails(tx, mails)
  return { recipients, inserted: rows, mailIds }
}

/** After the commit: send the notice's e-mails now (a failure is retried by the tick). */
export function sendQueued(deps: Deps, mailIds: number[]): Promise<number> {
  return mailIds.length > 0 ? flushOutbox(deps, deps.now(), mailIds) : Promise.resolve(0)
}
