import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { CommuneSeed } from './generate-units'

/** Communes under the unit with this code (itself, when it is a commune), with their province code. */
export async function listCommunesUnder(
  db: Kysely<Database>,
  version: string,
  code: string,
): Promise<CommuneSeed[]> {
  const root = await db
    .selectFrom('units')
    .select(['path'])
    .where('version', '=', version)
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  const provinceId = Number(root.path.split('.')[0])
  const province = await db
    .selectFrom('units')
    .select('code')
    .where('id', '=', provinceId)
    .executeTakeFirstOrThrow()
  const rows = await db
    .selectFrom('units')
    .select(['code', 'name'])
    .where('version', '=', version)
    .where('kind', '=', 'commune')
    .where('path', 'like', `${root.path}%`)
    .orderBy('code')
    .execute()
  return rows.map((row) => ({ ...row, provinceCode: province.code }))
}

export async function countUnits(db: Kysely<Database>) {
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
