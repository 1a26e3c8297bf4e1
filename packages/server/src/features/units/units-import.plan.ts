// Cross-row checks of an import against the file itself and the register: parents exist
// and fit, codes are unique, kinds do not change, every unit lies in the actor's subtree.
import {
  isInScope,
  isParentKindAllowed,
  UNIT_KIND_LABELS,
  type Actor,
  type RowProblem,
  type UnitImportRow,
} from '@antq/core'
import type { IndexedUnit } from './units-import.repository'

export type PlannedRow = UnitImportRow & {
  existing?: IndexedUnit
  depthInFile: number
  /** Where a new unit is placed, filled in by the writer. */
  placement?: { id: number; path: string; depth: number }
}

type Lookup = { kind: string; id?: number; inFile?: UnitImportRow }

function lookup(
  code: string,
  rows: Map<string, UnitImportRow>,
  index: Map<string, IndexedUnit>,
): Lookup | undefined {
  const existing = index.get(code)
  if (existing) return { kind: existing.kind, id: existing.id }
  const inFile = rows.get(code)
  return inFile ? { kind: inFile.kind, inFile } : undefined
}

/**
 * Path of the nearest ancestor already in the register (for scope), null for a new root, or
 * undefined when the chain breaks (a missing parent or a loop, reported as such elsewhere).
 */
function anchorPath(
  row: UnitImportRow,
  rows: Map<string, UnitImportRow>,
  index: Map<string, IndexedUnit>,
) {
  const seen = new Set<string>()
  let current: UnitImportRow | undefined = row
  while (current) {
    const existing = index.get(current.code)
    if (existing) return existing.path
    if (!current.parentCode) return null
    if (seen.has(current.code)) return undefined
    seen.add(current.code)
    const parent = index.get(current.parentCode)
    if (parent) return parent.path
    current = rows.get(current.parentCode)
  }
  return undefined
}

function depthInFile(row: UnitImportRow, rows: Map<string, UnitImportRow>): number | undefined {
  const seen = new Set<string>()
  let depth = 0
  let current: UnitImportRow | undefined = row
  while (current?.parentCode && rows.has(current.parentCode)) {
    if (seen.has(current.code)) return undefined
    seen.add(current.code)
    depth += 1
    current = rows.get(current.parentCode)
  }
  return depth
}

export function planImport(
  actor: Actor,
  version: string,
  rows: readonly UnitImportRow[],
  index: Map<string, IndexedUnit>,
): { planned: PlannedRow[]; byCode: Map<string, PlannedRow>; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const byCode = new Map<string, UnitImportRow>()
  for (const row of rows) {
    const first = byCode.get(row.code)
    if (first)
      problems.push({
        row: row.row,
        column: 'code',
        message: `Mã "${row.code}" trùng với dòng ${first.row}`,
      })
    else byCode.set(row.code, row)
  }
  const planned: PlannedRow[] = []
  for (const row of rows) {
    const problem = (column: string, message: string) =>
      problems.push({ row: row.row, column, message })
    const existing = index.get(row.code)
    const parent = row.parentCode ? lookup(row.parentCode, byCode, index) : undefined
    if (row.parentCode && !parent)
      problem(
        'parent_code',
        `Không tìm thấy đơn vị cấp trên mã "${row.parentCode}" trong phiên bản ${version}`,
      )
    if (!row.parentCode && row.kind !== 'province')
      problem('parent_code', `${UNIT_KIND_LABELS[row.kind]} phải có đơn vị cấp trên`)
    if (parent && !isParentKindAllowed(row.kind, parent.kind as UnitImportRow['kind']))
      problem(
        'parent_code',
        `${UNIT_KIND_LABELS[row.kind]} không thể trực thuộc ${UNIT_KIND_LABELS[parent.kind as UnitImportRow['kind']]}`,
      )
    if (row.managingCode && !lookup(row.managingCode, byCode, index))
      problem('managing_code', `Không tìm thấy đơn vị quản lý mã "${row.managingCode}"`)
    if (existing && existing.kind !== row.kind)
      problem(
        'kind',
        `Đơn vị "${row.code}" đã có với loại "${existing.kind}"; không đổi loại khi nhập`,
      )
    if (existing && (parent?.id ?? null) !== existing.parent_id)
      problem(
        'parent_code',
        'Đơn vị đã có với đơn vị cấp trên khác; chuyển đơn vị hãy làm trên trang đơn vị',
      )
    const depth = depthInFile(row, byCode)
    if (depth === undefined) problem('parent_code', 'Quan hệ cấp trên tạo thành vòng lặp')
    const anchor = anchorPath(row, byCode, index)
    if (
      anchor === null ? actor.scopePath !== null : anchor !== undefined && !isInScope(actor, anchor)
    )
      problem('code', 'Đơn vị nằm ngoài phạm vi quản lý của bạn')
    // Annotate in place: a national file has 500k rows and a copy of each would double memory.
    const plannedRow = row as PlannedRow
    plannedRow.existing = existing
    plannedRow.depthInFile = depth ?? 0
    planned.push(plannedRow)
  }
  return { planned, byCode: byCode as Map<string, PlannedRow>, problems }
}
