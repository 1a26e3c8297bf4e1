// The only file that knows which engine runs: PGlite (embedded, default) or a PostgreSQL
// server. Both are driven through node-postgres, so every query has one code path.
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './schema'
import { acquireDataLock } from './lock'

// Dates stay ISO strings (yyyy-mm-dd); pg would turn them into local-midnight Dates.
pg.types.setTypeParser(1082, (value: string) => value)
// count(*) and bigint sums arrive as strings; our counts fit in a JS number.
pg.types.setTypeParser(20, (value: string) => Number(value))

export type DatabaseKind = 'pglite' | 'postgres'

export type DatabaseHandle = {
  db: Kysely<Database>
  kind: DatabaseKind
  close: () => Promise<void>
  /** PGlite only: the data directory as a tarball, to clone fresh databases from. */
  dump?: () => Promise<Blob | File>
}

export type ConnectOptions = {
  /** A PGlite data-dir dump to start from (tests copy a migrated, seeded template). */
  pgliteTemplate?: Blob
}

export async function connectDatabase(
  url: string,
  options: ConnectOptions = {},
): Promise<DatabaseHandle> {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return connectPostgres(url)
  return connectPglite(url, options)
}

function connectPostgres(url: string): DatabaseHandle {
  const parsed = new URL(url)
  // pg takes its default user from $USER, which may be unset: always pass one.
  const pool = new pg.Pool({
    connectionString: url,
    user: decodeURIComponent(parsed.username) || 'postgres',
    max: 10,
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}

async function connectPglite(url: string, options: ConnectOptions): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres')
  const memory = url.startsWith('memory://')
  const dataDir = memory ? undefined : url.replace(/^file:/, '')
  const release = dataDir ? acquireDataLock(dataDir) : () => undefined
  try {
    const pglite = await PGlite.create(dataDir ?? 'memory://', {
      extensions: { unaccent, pg_trgm },
      loadDataDir: options.pgliteTemplate,
    })
    const pool = new pg.Pool(createPgConfig(pglite))
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    const close = async () => {
      await db.destroy()
      await pglite.close()
      release()
    }
    return { db, kind: 'pglite', close, dump: () => pglite.dumpDataDir('none') }
  } catch (error) {
    release()
    throw error
  }
}
