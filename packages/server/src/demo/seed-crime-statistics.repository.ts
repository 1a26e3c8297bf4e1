import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** How many statistics a unit holds (the demo leaves a territory with some alone). */
export async function countCrimeStatistics(db: Kysely<Database>, unitId: number) {
  const row = await db
    .selectFrom('crime_statistics')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
