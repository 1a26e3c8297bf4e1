import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { DatabaseKind } from './db/connect'

/** What services need from the outside world, created once in main.ts (or a test). */
export type Deps = {
  db: Kysely<Database>
  dbKind: DatabaseKind
  now: () => Date
  cookieSecure: boolean
}
