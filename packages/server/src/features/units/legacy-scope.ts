// The legacy subtrees a 2025 scope reads across the reform (ADR 011): every legacy unit merged
// (full or partial, unit_merges) into the scope unit or a unit under it, kept as the outermost
// roots only, so a province's list is its legacy provinces plus any stray partial commune.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'

export async function listMergedLegacyPaths(
  db: Kysely<Database>,
  scopePath: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('unit_merges')
    .innerJoin('units as current', 'current.id', 'unit_merges.new_unit_id')
    .innerJoin('units as legacy', 'legacy.id', 'unit_merges.old_unit_id')
    .select('legacy.path')
    .distinct()
    .where('current.path', 'like', `${scopePath}%`)
    .execute()
  return outermostPaths(rows.map((row) => row.path))
}

/** The paths no other path of the list contains (a subtree is read through its root). */
export function outermostPaths(paths: readonly string[]): string[] {
  const roots: string[] = []
  for (const path of [...paths].sort((a, b) => a.length - b.length || a.localeCompare(b)))
    if (!roots.some((root) => path.startsWith(root))) roots.push(path)
  return roots
}

/** Kept until the next write: a merge link or a moved unit is a write. */
export function findMergedLegacyPaths(deps: Deps, scopePath: string | null) {
  if (scopePath === null) return Promise.resolve([])
  return deps.cache.memo(`legacy-scope:${scopePath}`, () =>
    listMergedLegacyPaths(deps.db, scopePath),
  )
}
