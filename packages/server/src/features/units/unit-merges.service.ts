// Old→new links of the 2025 reform (merges-2025.csv): a legacy unit leads to the new
// unit(s) it became and back. Codes resolve within their own version, never across.
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { AppError, type Actor, type RowProblem } from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { insertMergeLinks, loadCodeIds } from './units-import.repository'

type MergeRecord = { level: string; old_code: string; new_code: string; type: string }

export type MergeImportResult = {
  ok: boolean
  linked: number
  skipped: { row: number; oldCode: string }[]
  errors: RowProblem[]
}

export async function importUnitMerges(
  deps: Deps,
  actor: Actor,
  bytes: Uint8Array,
): Promise<MergeImportResult> {
  if (actor.scopePath !== null)
    throw new AppError('FORBIDDEN', 'Chỉ quản trị toàn quốc được nhập bảng sáp nhập')
  const [legacy, current] = await Promise.all([
    loadCodeIds(deps.db, 'legacy'),
    loadCodeIds(deps.db, '2025'),
  ])
  const parser = Readable.from([Buffer.from(bytes)]).pipe(
    parse({ bom: true, columns: true, trim: true }),
  )
  const links: { old_unit_id: number; new_unit_id: number; type: string }[] = []
  const skipped: MergeImportResult['skipped'] = []
  const errors: RowProblem[] = []
  let row = 1
  for await (const record of parser as AsyncIterable<MergeRecord>) {
    row += 1
    const oldId = legacy.get(record.old_code)
    const newId = current.get(record.new_code)
    if (record.type !== 'full' && record.type !== 'partial')
      errors.push({
        row,
        column: 'type',
        message: `Kiểu "${record.type}" phải là full hoặc partial`,
      })
    else if (newId === undefined)
      errors.push({
        row,
        column: 'new_code',
        message: `Không có đơn vị mã "${record.new_code}" trong phiên bản 2025`,
      })
    // Communes merged away before the legacy snapshot (1/3/2025) have no legacy unit.
    else if (oldId === undefined) skipped.push({ row, oldCode: record.old_code })
    else links.push({ old_unit_id: oldId, new_unit_id: newId, type: record.type })
  }
  if (errors.length > 0) return { ok: false, linked: 0, skipped, errors }
  await deps.db.transaction().execute(async (tx) => {
    await insertMergeLinks(tx, links)
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'unit.import_merges',
      entity: 'unit_merges',
      after: { linked: links.length, skipped: skipped.length },
    })
  })
  return { ok: true, linked: links.length, skipped, errors }
}
