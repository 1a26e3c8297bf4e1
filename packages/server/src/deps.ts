import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { DatabaseKind } from './db/connect'
import type { ReadCache } from './db/read-cache'

/** What services need from the outside world, created once in main.ts (or a test). */
export type Deps = {
  db: Kysely<Database>
  dbKind: DatabaseKind
  /** Reads served from memory until the next write (db/read-cache.ts). */
  cache: ReadCache
  now: () => Date
  cookieSecure: boolean
}
