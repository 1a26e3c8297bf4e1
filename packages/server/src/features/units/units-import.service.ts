// Import a unit file all-or-nothing: parse every row, check it against the file and the
// register, then (unless a dry run) write it in one transaction with its audit entries.
import {
  AppError,
  describeUnitFieldRefusal,
  parseUnitImportRow,
  refusedUnitFields,
  UNIT_VERSION_VALIDITY,
  viSortKey,
  type Actor,
  type RowProblem,
  type UnitImportRow,
  type UnitVersion,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Deps } from '../../deps'
import type { Database, NewUnitRow } from '../../db/schema'
import { appendAudit, type AuditEntry } from '../audit/audit.repository'
import * as repo from './units-import.repository'
import { planImport } from './units-import.plan'
import { readUnitRecords } from './units-import.reader'

export type ImportProgress = { phase: 'parse' | 'check' | 'write'; done: number; total: number }
export type ImportResult = {
  ok: boolean
  dryRun: boolean
  created: number
  updated: number
  unchanged: number
  errors: RowProblem[]
  errorCount: number
}
type ImportOptions = {
  version: UnitVersion
  fileName: string
  bytes: Uint8Array
  dryRun: boolean
  onProgress?: (progress: ImportProgress) => void
}

const MAX_LISTED_ERRORS = 1000
const BATCH = 5000

async function parseRows(options: ImportOptions) {
  const rows: UnitImportRow[] = []
  const problems: RowProblem[] = []
  for await (const record of readUnitRecords(options.fileName, options.bytes)) {
    const parsed = parseUnitImportRow(record.values, record.row)
    if (Array.isArray(parsed)) problems.push(...parsed)
    else rows.push(parsed)
    if ((rows.length + problems.length) % 20_000 === 0)
      options.onProgress?.({ phase: 'parse', done: rows.length, total: rows.length })
  }
  if (rows.length === 0 && problems.length === 0)
    throw new AppError('IMPORT_INVALID', 'Tệp không có dòng dữ liệu nào')
  return { rows, problems }
}

function toColumns(row: UnitImportRow, managingId: number | null, version: UnitVersion) {
  return {
    name: row.name,
    subtype: row.subtype,
    managing_unit_id: managingId,
    area_type: row.areaType,
    enterprise_size: row.enterpriseSize,
    school_level: row.schoolLevel,
    households: row.households,
    staff: row.staff,
    pupils: row.pupils,
    valid_from: row.validFrom ?? UNIT_VERSION_VALIDITY[version].from,
    valid_until: row.validUntil ?? UNIT_VERSION_VALIDITY[version].until,
  }
}

function changedColumns(existing: repo.IndexedUnit, next: ReturnType<typeof toColumns>) {
  return repo.COMPARED_COLUMNS.filter(
    (column) => (existing[column] ?? null) !== (next[column] ?? null),
  )
}

async function writeImport(
  tx: Kysely<Database>,
  actor: Actor,
  options: ImportOptions,
  plan: ReturnType<typeof planImport>,
  index: Map<string, repo.IndexedUnit>,
) {
  const fresh = plan.planned
    .filter((row) => !row.existing)
    .sort((a, b) => a.depthInFile - b.depthInFile)
  const total = plan.planned.length
  let nextId = fresh.length > 0 ? await repo.reserveUnitIds(tx, fresh.length) : 0
  const locate = (code: string | null) =>
    code ? (index.get(code) ?? plan.byCode.get(code)?.placement) : undefined
  for (const row of fresh) {
    const parent = locate(row.parentCode)
    const id = nextId++
    row.placement = { id, path: `${parent?.path ?? ''}${id}.`, depth: (parent?.depth ?? -1) + 1 }
  }
  for (let start = 0; start < fresh.length; start += BATCH) {
    const batch: NewUnitRow[] = fresh.slice(start, start + BATCH).map((row) => {
      const self = row.placement ?? { id: 0, path: '', depth: 0 }
      const parent = locate(row.parentCode)
      return {
        id: self.id,
        version: options.version,
        code: row.code,
        kind: row.kind,
        sort_key: viSortKey(row.name),
        parent_id: parent?.id ?? null,
        path: self.path,
        depth: self.depth,
        ...toColumns(row, locate(row.managingCode)?.id ?? parent?.id ?? null, options.version),
      }
    })
    await repo.insertUnitRows(tx, batch)
    options.onProgress?.({ phase: 'write', done: start + batch.length, total })
  }
  const audits: AuditEntry[] = []
  let updated = 0
  for (const row of plan.planned) {
    if (!row.existing) continue
    const next = toColumns(
      row,
      locate(row.managingCode)?.id ?? row.existing.managing_unit_id,
      options.version,
    )
    const changed = changedColumns(row.existing, next)
    if (changed.length === 0) continue
    updated += 1
    const fields = Object.fromEntries(changed.map((column) => [column, next[column]]))
    await repo.updateImportedUnit(tx, row.existing.id, { ...fields, sort_key: viSortKey(row.name) })
    const before = Object.fromEntries(
      changed.map((column) => [column, row.existing?.[column] ?? null]),
    )
    audits.push({
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'unit.import_update',
      entity: 'unit',
      entityId: row.existing.id,
      unit: { id: row.existing.id, path: row.existing.path },
      before,
      after: fields,
      reason: `Nhập tệp ${options.fileName}`,
    })
  }
  await appendAudit(tx, audits)
  return { created: fresh.length, updated }
}

export async function importUnits(
  deps: Deps,
  actor: Actor,
  options: ImportOptions,
): Promise<ImportResult> {
  const { rows, problems } = await parseRows(options)
  options.onProgress?.({ phase: 'check', done: 0, total: rows.length })
  const index = await repo.loadVersionIndex(deps.db, options.version)
  const plan = planImport(actor, options.version, rows, index)
  const errors = [...problems, ...plan.problems].sort((a, b) => a.row - b.row)
  options.onProgress?.({ phase: 'check', done: rows.length, total: rows.length })
  const result = {
    dryRun: options.dryRun,
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorCount: errors.length,
  }
  if (errors.length > 0) return { ...result, ok: false, created: 0, updated: 0, unchanged: 0 }
  const fresh = plan.planned.filter((row) => !row.existing).length
  const changes = (row: (typeof plan.planned)[number]) =>
    row.existing
      ? changedColumns(
          row.existing,
          toColumns(
            row,
            row.managingCode
              ? (index.get(row.managingCode)?.id ?? null)
              : row.existing.managing_unit_id,
            options.version,
          ),
        )
      : ['code']
  // The register guard: an official unit (new, or changed beyond its reported figures) is an
  // administrator's import only.
  const guarded = plan.planned
    .filter((row) => refusedUnitFields(actor.roles, row.kind, changes(row)).length > 0)
    .map((row) => ({ row: row.row, column: 'code', message: describeUnitFieldRefusal(row.kind) }))
  if (guarded.length > 0)
    return {
      ...result,
      errors: guarded.slice(0, MAX_LISTED_ERRORS),
      errorCount: guarded.length,
      ok: false,
      ...{ created: 0, updated: 0, unchanged: 0 },
    }
  const changed = plan.planned.filter((row) => row.existing && changes(row).length > 0).length
  if (options.dryRun)
    return {
      ...result,
      ok: true,
      created: fresh,
      updated: changed,
      unchanged: rows.length - fresh - changed,
    }
  const written = await deps.db.transaction().execute(async (tx) => {
    const counts = await writeImport(tx, actor, options, plan, index)
    const scopeId = actor.scopePath ? Number(actor.scopePath.split('.').at(-2)) : null
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'unit.import',
      entity: 'unit_file',
      entityId: options.fileName,
      unit: scopeId && actor.scopePath ? { id: scopeId, path: actor.scopePath } : null,
      after: { version: options.version, file: options.fileName, rows: rows.length, ...counts },
    })
    return counts
  })
  return {
    ...result,
    ok: true,
    ...written,
    unchanged: rows.length - written.created - written.updated,
  }
}
