// The extensions (gia hạn) of one kind of plan deadline that reach a unit, by id or by subtree,
// read as core's DeadlineExtension so checkPlanDeadline decides with them.
import { isInSubtree, type DeadlineKind, type DeadlineExtension } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

function dayText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)
}

export async function loadDeadlineExtensions(
  db: Kysely<Database>,
  key: { planKey: string; closes: DeadlineKind; year: number },
  unitPath: string,
): Promise<DeadlineExtension[]> {
  const rows = await db
    .selectFrom('deadline_extensions')
    .select(['unit_ids', 'scope_path', 'until', 'reason'])
    .where('plan_key', '=', key.planKey)
    .where('year', '=', key.year)
    .where('closes', '=', key.closes)
    .execute()
  return rows
    .filter(
      (row) =>
        row.unit_ids !== null || row.scope_path === null || isInSubtree(unitPath, row.scope_path),
    )
    .map((row) => ({
      unitIds: row.unit_ids as number[] | null,
      until: dayText(row.until),
      reason: row.reason,
    }))
}
