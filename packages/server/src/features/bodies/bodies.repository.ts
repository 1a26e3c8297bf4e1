import type { Kysely } from 'kysely'
import { BODY_KINDS } from '@antq/core'
import type { Database } from '../../db/schema'

/** Units a plan's bodies can be: of a body kind, whose parent or managing unit is the issuer. */
export function listBodyUnitCandidates(db: Kysely<Database>, issuerUnitId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'kind'])
    .where('kind', 'in', [...BODY_KINDS])
    .where((eb) =>
      eb.or([eb('parent_id', '=', issuerUnitId), eb('managing_unit_id', '=', issuerUnitId)]),
    )
    .execute()
}
