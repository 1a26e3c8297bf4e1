import { loadConfig } from '../config'
import { connectDatabase } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import type { Deps } from '../deps'
import { UsageError } from './cli-errors'

/** Open the configured database, migrate it, run the command, close it. */
export async function withDeps<T>(run: (deps: Deps) => Promise<T>): Promise<T> {
  const config = loadConfig()
  const handle = await connectDatabase(config.databaseUrl)
  try {
    await migrateToLatest(handle.db)
    return await run({
      db: handle.db,
      dbKind: handle.kind,
      cache: handle.cache,
      now: () => new Date(),
      cookieSecure: config.cookieSecure,
      auth: config.auth,
    })
  } finally {
    await handle.close()
  }
}

export function usageError(message: string): never {
  throw new UsageError(message)
}
