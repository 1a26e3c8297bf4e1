// The only file that knows which engine runs: PGlite (embedded, default) or a PostgreSQL
// server. Both are driven through node-postgres, so every query has one code path.
import { Kysely } from 'kysely'
import pg from 'pg'
import type { Database } from './schema'
import { listenForChanges } from './change-listener'
import {
  createDataGeneration,
  createGenerationPlugin,
  GenerationDialect,
  type DataGeneration,
} from './data-generation'
import { acquireDataLock } from './lock'
import { createReadCache, type ReadCache } from './read-cache'

// Dates stay ISO strings (yyyy-mm-dd); pg would turn them into local-midnight Dates.
pg.types.setTypeParser(1082, (value: string) => value)
// count(*) and bigint sums arrive as strings; our counts fit in a JS number.
pg.types.setTypeParser(20, (value: string) => Number(value))

export type DatabaseKind = 'pglite' | 'postgres'

export type DatabaseHandle = {
  db: Kysely<Database>
  kind: DatabaseKind
  close: () => Promise<void>
  /** Moves on every write this process makes or (PostgreSQL) hears of. */
  generation: DataGeneration
  /** Reads kept until the next write (read-cache.ts). */
  cache: ReadCache
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
  const generation = createDataGeneration()
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return connectPostgres(url, generation)
  return connectPglite(url, options, generation)
}

async function connectPostgres(url: string, generation: DataGeneration): Promise<DatabaseHandle> {
  const parsed = new URL(url)
  // pg takes its default user from $USER, which may be unset: always pass one.
  const config = { connectionString: url, user: decodeURIComponent(parsed.username) || 'postgres' }
  const pool = new pg.Pool({ ...config, max: 10 })
  const plugins = [createGenerationPlugin(generation)]
  const db = new Kysely<Database>({ dialect: new GenerationDialect({ pool }, generation), plugins })
  const listener = await listenForChanges(config, generation).catch(async (error: unknown) => {
    await db.destroy()
    throw error
  })
  const cache = createReadCache(generation, { enabled: () => listener.listening })
  const close = async () => {
    await listener.close()
    await db.destroy()
  }
  return { db, kind: 'postgres', close, generation, cache }
}

async function connectPglite(
  url: string,
  options: ConnectOptions,
  generation: DataGeneration,
): Promise<DatabaseHandle> {
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
    const plugins = [createGenerationPlugin(generation)]
    const db = new Kysely<Database>({
      dialect: new GenerationDialect({ pool }, generation),
      plugins,
    })
    // One process holds the database (lock.ts): every write goes through the plugin, the
    // dialect's end of transaction or HTTP.
    const cache = createReadCache(generation)
    const close = async () => {
      await db.destroy()
      await pglite.close()
      release()
    }
    const dump = () => pglite.dumpDataDir('none')
    return { db, kind: 'pglite', close, generation, cache, dump }
  } catch (error) {
    release()
    throw error
  }
}
