// Plan 001's yearly selection per district (≥1 xã, ≥1 phường/thị trấn, ≥1 CQ/DN/CSGD), counted
// from the recognitions proposed under a scope. The plan's own targets count registrations
// (exemplary.registered) and recognised evaluations (exemplary.recognized); this is the same
// minimum seen from the recognition workflow, per district.
import {
  AppError,
  isInScope,
  tallyExemplaryQuota,
  type Actor,
  type UnitKind,
  type RecognitionStatus,
} from '@antq/core'
import type { Deps } from '../../deps'
import { findUnitById } from '../units/units.repository'
import { listForQuota } from './recognitions.repository'

export async function tallyRecognitionQuota(
  deps: Deps,
  actor: Actor,
  query: { year: number; scopeUnitId?: number },
) {
  const scopeId = query.scopeUnitId
  const scope = scopeId ? await findUnitById(deps.db, scopeId) : undefined
  if (scopeId && !scope) throw new AppError('NOT_FOUND')
  const pathPrefix = scope?.path ?? actor.scopePath ?? ''
  if (!isInScope(actor, pathPrefix || '')) throw new AppError('OUT_OF_SCOPE')
  const rows = await listForQuota(deps.db, { pathPrefix, year: query.year, kind: 'exemplary' })
  const groups = new Map<
    string,
    { districtId: number | null; districtName: string | null; rows: typeof rows }
  >()
  for (const row of rows) {
    const key = String(row.district_id ?? 'none')
    const group = groups.get(key) ?? {
      districtId: row.district_id,
      districtName: row.district_name,
      rows: [],
    }
    group.rows.push(row)
    groups.set(key, group)
  }
  return {
    year: query.year,
    items: [...groups.values()].map((group) => ({
      districtId: group.districtId,
      districtName: group.districtName,
      tally: tallyExemplaryQuota(
        group.rows.map((row) => ({
          kind: row.kind as UnitKind,
          subtype: row.subtype,
          status: row.status as RecognitionStatus,
        })),
      ),
    })),
  }
}
