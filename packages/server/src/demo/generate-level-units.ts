// A level's own units for the demo register (issue 10 item 1): plan 001 asks the province to
// pick "01 cơ quan … cấp tỉnh quản lý" and each district "01 cơ quan … thuộc cấp huyện quản
// lý" a year, so the demo register holds, directly under Quảng Trị and each of its districts,
// one agency that level manages (code `<level>.CQ0`: the demo campaign's yearly pick).
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { GeneratedRecord } from './generate-units'

/** The provinces and districts (legacy) whose own agencies the demo register holds. */
export const LEVEL_UNIT_SCOPES = { legacy: ['45'] } as const

/** The level's own agency: "Sở Tư pháp tỉnh …", "Phòng Tư pháp huyện …". */
export async function generateLevelUnits(
  db: Kysely<Database>,
  version: keyof typeof LEVEL_UNIT_SCOPES,
): Promise<GeneratedRecord[]> {
  const records: GeneratedRecord[] = []
  for (const code of LEVEL_UNIT_SCOPES[version]) {
    const root = await db
      .selectFrom('units')
      .select(['path'])
      .where('version', '=', version)
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
    const levels = await db
      .selectFrom('units')
      .select(['code', 'name', 'kind'])
      .where('version', '=', version)
      .where('kind', 'in', ['province', 'district'])
      .where('path', 'like', `${root.path}%`)
      .orderBy('code')
      .execute()
    for (const level of levels)
      records.push({
        code: `${level.code}.CQ0`,
        name: `${level.kind === 'province' ? 'Sở' : 'Phòng'} Tư pháp ${level.name}`,
        kind: 'agency',
        subtype: 'state_body',
        parent_code: level.code,
        staff: String(level.kind === 'province' ? 60 : 12),
      })
  }
  return records
}

/** Whether a unit is a level's own demo pick (it registers and builds an exemplary unit). */
export const isLevelPick = (unit: { code: string }) => unit.code.endsWith('.CQ0')
