// The one door through which councils and decisions move a nomination: reviewed or rejected
// (after the council's vote), decided and revoked. H5's nominations service owns the transition: it checks
// the table, the actor's permission over the proposing unit, the quota when deciding, and
// writes the history and audit entry in the caller's transaction.
import type { Actor, NominationStatus } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { transitionNomination } from '../nominations/nominations-workflow.service'

export async function moveNomination(
  tx: Kysely<Database>,
  deps: Deps,
  actor: Actor,
  nominationId: number,
  to: Extract<NominationStatus, 'reviewed' | 'rejected' | 'decided' | 'revoked'>,
  reason: string | null = null,
) {
  const status = await transitionNomination(tx, deps, actor, nominationId, to, reason)
  return { to: status }
}
