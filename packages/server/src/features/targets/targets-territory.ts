// The units a plan counts in a campaign year across the 2025 reform (ADR 011). Up to the reform
// a plan counts its issuer's subtree. From a year that ends on or after 1/7/2025, a plan issued
// by a legacy unit (002 Lục Ngạn runs to 2025, 001 Quảng Trị has no end) finds its units where
// the register now holds them: a legacy commune with a recorded merge (unit_merges, full or
// partial) is replaced by the 2025 commune(s) it merged into, with their units; a legacy unit
// with no recorded successor (the issuer itself, a district's own agencies) keeps counting.
// The 2025 subtrees are read as if under the issuer (`pathOf`), so every scope's grouping by
// path — the issuer's totals, each new commune's own — works unchanged.
import { UNIT_VERSION_VALIDITY } from '@antq/core'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { listScopeUnits } from './targets.repository'

/** The day the 2025 register came into force. */
export const REFORM_DATE = UNIT_VERSION_VALIDITY['2025'].from ?? '2025-07-01'

/** Whether a legacy issuer's year is counted across the reform: it ends on or after 1/7/2025. */
export function isAcrossReform(issuerVersion: string, yearEnd: string): boolean {
  return issuerVersion === 'legacy' && yearEnd >= REFORM_DATE
}

/** LIKE patterns of the legacy communes under `root` that merged (`old`) or of what they became (`new`). */
function mergedPatterns(root: string, side: 'old' | 'new') {
  return `SELECT ${side === 'old' ? 'o' : 'n'}.path || '%' FROM unit_merges m
      JOIN units o ON o.id = m.old_unit_id JOIN units n ON n.id = m.new_unit_id
      WHERE o.path LIKE ${root} || '%' AND o.kind = 'commune'`
}

export type TerritorySql = {
  /** SQL: whether the path column lies in the year's territory. */
  contains: (path: string) => string
  /** SQL: the path the scopes are grouped by (a 2025 unit's path under the issuer's). */
  pathOf: (path: string) => string
}

/** The territory's SQL over `root` (SQL text of the root path, e.g. a placeholder). */
export function territorySql(root: string, acrossReform: boolean): TerritorySql {
  if (!acrossReform)
    return { contains: (path) => `${path} LIKE ${root} || '%'`, pathOf: (path) => path }
  return {
    contains: (path) => `((${path} LIKE ${root} || '%'
        AND NOT ${path} LIKE ANY (${mergedPatterns(root, 'old')}))
      OR ${path} LIKE ANY (${mergedPatterns(root, 'new')}))`,
    // Re-rooted: a 2025 unit and its 2025 parent (a grouping key); the root's own subtree
    // and its ancestors (the parent of the issuer's own row) keep their path.
    pathOf: (path) => `(CASE WHEN ${path} LIKE ${root} || '%' OR ${root} LIKE ${path} || '%'
      THEN ${path} ELSE ${root} || ${path} END)`,
  }
}

/**
 * The scopes a plan's values are computed for in the year: the root and the provinces,
 * districts and communes below it — across the reform, the merged legacy communes (and the
 * scopes inside them) replaced by the 2025 communes they became.
 */
export async function listTerritoryScopes(
  db: Kysely<Database>,
  root: { path: string },
  acrossReform: boolean,
) {
  const scopes = await listScopeUnits(db, root.path)
  if (!acrossReform) return scopes
  const links = await db
    .selectFrom('unit_merges as m')
    .innerJoin('units as o', 'o.id', 'm.old_unit_id')
    .innerJoin('units as n', 'n.id', 'm.new_unit_id')
    .select(['o.path as old_path', 'n.id', 'n.code', 'n.name', 'n.kind', 'n.path', 'n.depth'])
    .where('o.path', 'like', `${root.path}%`)
    .where('o.kind', '=', 'commune')
    .orderBy('n.sort_key')
    .execute()
  const merged = links.map((link) => link.old_path)
  const kept = scopes.filter((scope) => !merged.some((path) => scope.path.startsWith(path)))
  const added = new Map(links.map(({ old_path: _, ...unit }) => [unit.id, unit]))
  return [...kept, ...added.values()]
}

/**
 * Whether a unit lies in the plan's territory for the year: under the issuer, or — across the
 * reform — under a 2025 commune a legacy commune of the issuer's merged into (its own scope).
 */
export async function isInPlanTerritory(
  db: Kysely<Database>,
  issuerPath: string,
  acrossReform: boolean,
  unitPath: string,
): Promise<boolean> {
  if (unitPath.startsWith(issuerPath)) return true
  if (!acrossReform) return false
  const row = await db
    .selectFrom('unit_merges as m')
    .innerJoin('units as o', 'o.id', 'm.old_unit_id')
    .innerJoin('units as n', 'n.id', 'm.new_unit_id')
    .select('n.id')
    .where('o.path', 'like', `${issuerPath}%`)
    .where('o.kind', '=', 'commune')
    .where(sql<boolean>`${unitPath} like n.path || '%'`)
    .executeTakeFirst()
  return row !== undefined
}
