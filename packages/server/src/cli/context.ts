import { AppError, isAppError } from '@antq/core'
import { loadConfig } from '../config'
import { connectDatabase } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import type { Deps } from '../deps'

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
    })
  } finally {
    await handle.close()
  }
}

/** Print an error the way a person should read it: Vietnamese message, details, no stack. */
export function printError(error: unknown) {
  if (isAppError(error)) {
    console.error(`Lỗi [${error.code}]: ${error.message}`)
    for (const detail of error.details)
      console.error(
        `  ${detail.row ? `dòng ${detail.row}` : ''}${detail.column ? `, cột ${detail.column}` : ''}${detail.path ?? ''}: ${detail.message}`,
      )
  } else {
    console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`)
    if (process.env.ANTQ_DEBUG && error instanceof Error) console.error(error.stack)
  }
}

export function usageError(message: string): never {
  throw new AppError('VALIDATION', message)
}
