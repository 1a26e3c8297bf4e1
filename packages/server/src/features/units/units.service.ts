import {
  AppError,
  can,
  describeUnitFieldRefusal,
  isInScope,
  isSubtypeOf,
  pathIds,
  refusedUnitFields,
  UNIT_VERSION_LABELS,
  UNIT_VERSIONS,
  viSortKey,
  type Actor,
  type UnitKind,
} from '@antq/core'
import type { Deps } from '../../deps'
import type { UnitRow } from '../../db/schema'
import { appendAudit } from '../audit/audit.repository'
import * as repo from './units.repository'
import { presentSummaries, presentUnit, toDomainUnit } from './units.presenter'
import type { ChildrenQuery, SearchQuery, UpdateUnitInput } from './units.schemas'

export async function getUnit(deps: Deps, actor: Actor, id: number) {
  const row = await repo.findUnitById(deps.db, id)
  if (!row) throw new AppError('NOT_FOUND')
  if (!isInScope(actor, row.path)) throw new AppError('OUT_OF_SCOPE')
  return presentUnit(deps.db, row, await repo.countChildren(deps.db, id))
}

export async function listUnitChildren(deps: Deps, id: number, query: ChildrenQuery) {
  const { items, total } = await repo.listChildren(
    deps.db,
    id,
    query.kind,
    query.page,
    query.pageSize,
  )
  return { items: await presentSummaries(deps.db, items), total }
}

/** Provinces for a national account; otherwise the account's own scope unit. */
export async function listRoots(deps: Deps, actor: Actor, version: string) {
  if (actor.scopePath === null)
    return { items: await presentSummaries(deps.db, await repo.listRootUnits(deps.db, version)) }
  const scopeId = pathIds(actor.scopePath).at(-1)
  const rows = scopeId ? await repo.listUnitsByIds(deps.db, [scopeId]) : []
  return {
    items: await presentSummaries(
      deps.db,
      rows.filter((row) => row.version === version),
    ),
  }
}

export async function searchUnits(deps: Deps, actor: Actor, query: SearchQuery) {
  const ids = await repo.searchUnitIds(deps.db, {
    ...query,
    text: query.q,
    scopePath: actor.scopePath,
  })
  const byId = new Map((await repo.listUnitsByIds(deps.db, ids)).map((row) => [row.id, row]))
  const rows = ids.map((id) => byId.get(id)).filter((row) => row !== undefined)
  return { items: await presentSummaries(deps.db, rows) }
}

export async function listVersions(deps: Deps) {
  const counts = await repo.countUnitsByKind(deps.db)
  return {
    items: UNIT_VERSIONS.map((version) => {
      const rows = counts.filter((row) => row.version === version)
      return {
        version,
        label: UNIT_VERSION_LABELS[version],
        total: rows.reduce((sum, row) => sum + Number(row.n), 0),
        byKind: Object.fromEntries(rows.map((row) => [row.kind, Number(row.n)])),
      }
    }),
  }
}

export async function getUnitHistory(deps: Deps, id: number) {
  const [from, into] = await Promise.all([
    repo.listMerges(deps.db, id, 'from'),
    repo.listMerges(deps.db, id, 'into'),
  ])
  const units = await repo.listUnitsByIds(
    deps.db,
    [...from, ...into].map((link) => link.unit_id),
  )
  const summaries = new Map((await presentSummaries(deps.db, units)).map((unit) => [unit.id, unit]))
  const link = (item: { unit_id: number; type: string }) => ({
    unit: summaries.get(item.unit_id),
    type: item.type,
  })
  return { mergedFrom: from.map(link), mergedInto: into.map(link) }
}

/** The register guard: fields this actor may not change on this unit refuse the whole change. */
function assertUnitFieldsEditable(
  actor: Actor,
  kind: UnitKind,
  row: UnitRow,
  input: UpdateUnitInput,
) {
  const current: Record<string, unknown> = {
    name: row.name,
    subtype: row.subtype,
    areaType: row.area_type,
    enterpriseSize: row.enterprise_size,
    schoolLevel: row.school_level,
    households: row.households,
    staff: row.staff,
    pupils: row.pupils,
  }
  // A form sends every field: only those whose value moves count as changed.
  const changed = Object.keys(current).filter((field) => {
    const next = input[field as keyof UpdateUnitInput]
    return next !== undefined && next !== current[field]
  })
  const refused = refusedUnitFields(actor.roles, kind, changed)
  if (refused.length > 0)
    throw new AppError(
      'FORBIDDEN',
      describeUnitFieldRefusal(kind),
      refused.map((path) => ({ path, message: 'Không được sửa trường này' })),
    )
}

export async function updateUnit(deps: Deps, actor: Actor, id: number, input: UpdateUnitInput) {
  return deps.db.transaction().execute(async (tx) => {
    const row = await repo.findUnitById(tx, id)
    if (!row) throw new AppError('NOT_FOUND')
    if (!can(actor, 'units:write', row.path)) throw new AppError('OUT_OF_SCOPE')
    if (input.rowVersion !== undefined && input.rowVersion !== row.row_version)
      throw new AppError('CONFLICT')
    const kind = row.kind as UnitKind
    assertUnitFieldsEditable(actor, kind, row, input)
    if (input.subtype && !isSubtypeOf(kind, input.subtype))
      throw new AppError(
        'VALIDATION',
        `Phân loại "${input.subtype}" không dùng cho loại đơn vị này`,
      )
    const changes: repo.UnitChanges = {
      name: input.name,
      subtype: input.subtype,
      area_type: input.areaType,
      enterprise_size: input.enterpriseSize,
      school_level: input.schoolLevel,
      households: input.households,
      staff: input.staff,
      pupils: input.pupils,
      sort_key: input.name ? viSortKey(input.name) : undefined,
    }
    if (!(await repo.updateUnitFields(tx, id, row.row_version, changes)))
      throw new AppError('CONFLICT')
    const after = await repo.findUnitById(tx, id)
    if (!after) throw new AppError('NOT_FOUND')
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'unit.update',
      entity: 'unit',
      entityId: id,
      unit: { id, path: row.path },
      before: toDomainUnit(row),
      after: toDomainUnit(after),
      reason: input.reason,
    })
    return presentUnit(tx, after, await repo.countChildren(tx, id))
  })
}
