import {
  findAnttExclusion,
  pathIds,
  subtypeLabel,
  UNIT_KIND_LABELS,
  type Unit,
  type UnitKind,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database, UnitRow } from '../../db/schema'
import { listUnitNames, type UnitSummaryRow } from './units.repository'

export type UnitRef = { id: number; code: string; name: string; kind: string }

export type UnitSummary = {
  id: number
  version: string
  code: string
  name: string
  kind: string
  subtype: string | null
  childCount: number
  /** The unit's ancestors, nearest first, as an address reads: "Xã Bắc Quang, Tỉnh Tuyên Quang". */
  trail: string
}

/** Names of every ancestor of the given rows, fetched in one query. */
export async function loadAncestorNames(db: Kysely<Database>, paths: readonly string[]) {
  const ids = [...new Set(paths.flatMap((path) => pathIds(path).slice(0, -1)))]
  const rows = await listUnitNames(db, ids)
  return new Map(rows.map((row) => [row.id, row]))
}

function trailOf(path: string, names: Map<number, UnitRef>): string {
  return pathIds(path)
    .slice(0, -1)
    .reverse()
    .map((id) => names.get(id)?.name ?? '')
    .filter(Boolean)
    .join(', ')
}

export async function presentSummaries(
  db: Kysely<Database>,
  rows: readonly UnitSummaryRow[],
): Promise<UnitSummary[]> {
  const names = await loadAncestorNames(
    db,
    rows.map((row) => row.path),
  )
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    code: row.code,
    name: row.name,
    kind: row.kind,
    subtype: row.subtype,
    childCount: Number(row.child_count ?? 0),
    trail: trailOf(row.path, names),
  }))
}

export function toDomainUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    version: row.version as Unit['version'],
    code: row.code,
    name: row.name,
    kind: row.kind as UnitKind,
    subtype: row.subtype,
    parentId: row.parent_id,
    managingUnitId: row.managing_unit_id,
    path: row.path,
    areaType: row.area_type as Unit['areaType'],
    enterpriseSize: row.enterprise_size as Unit['enterpriseSize'],
    schoolLevel: row.school_level as Unit['schoolLevel'],
    households: row.households,
    staff: row.staff,
    pupils: row.pupils,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  }
}

export async function presentUnit(db: Kysely<Database>, row: UnitRow, childCount: number) {
  const unit = toDomainUnit(row)
  const extra = row.managing_unit_id ? [row.managing_unit_id] : []
  const names = await loadAncestorNames(db, [row.path, ...extra.map((id) => `${id}.0.`)])
  const ref = (id: number | null) => (id === null ? null : (names.get(id) ?? null))
  const ancestors = pathIds(row.path)
    .slice(0, -1)
    .map((id) => names.get(id))
    .filter((item): item is UnitRef => item !== undefined)
  return {
    ...unit,
    childCount,
    trail: trailOf(row.path, names),
    kindLabel: UNIT_KIND_LABELS[unit.kind],
    subtypeLabel: subtypeLabel(unit.kind, unit.subtype) ?? null,
    parent: ref(unit.parentId),
    managingUnit: ref(unit.managingUnitId),
    ancestors,
    anttExclusion: findAnttExclusion(unit) ?? null,
    rowVersion: row.row_version,
  }
}
export type UnitView = Awaited<ReturnType<typeof presentUnit>>
