// SQL of the child plans a unit may send as its own plan.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

/**
 * The plans (any version) naming `parentKey` as their parent, issued by each unit or by the
 * 2025 unit it became (a legacy commune's own plan may be filed under its successor).
 */
export async function listChildPlans(
  db: Kysely<Database>,
  parentKey: string,
  unitIds: readonly number[],
) {
  if (unitIds.length === 0) return []
  const merges = await db
    .selectFrom('unit_merges')
    .select(['old_unit_id', 'new_unit_id'])
    .where('old_unit_id', 'in', unitIds)
    .execute()
  const issuers = [
    ...unitIds.map((id) => ({ issuer: id, unitId: id })),
    ...merges.map((row) => ({ issuer: row.new_unit_id, unitId: row.old_unit_id })),
  ]
  const rows = await db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'version', 'title', 'status', 'issuer_unit_id', 'definition'])
    .where(
      'issuer_unit_id',
      'in',
      issuers.map((each) => each.issuer),
    )
    .orderBy('id')
    .execute()
  return rows
    .filter((row) => parentKeyOf(row.definition) === parentKey)
    .flatMap((row) =>
      issuers
        .filter((each) => each.issuer === row.issuer_unit_id)
        .map((each) => ({
          ...{ id: row.id, planKey: row.plan_key, version: row.version, title: row.title },
          ...{ status: row.status, unitId: each.unitId },
        })),
    )
}

function parentKeyOf(definition: unknown): string | null {
  const metadata = (definition as { metadata?: { parentPlan?: { planId?: string | null } | null } })
    .metadata
  return metadata?.parentPlan?.planId ?? null
}
