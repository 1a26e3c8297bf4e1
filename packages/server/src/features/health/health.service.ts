// What an operator (or a load balancer) asks first (issue 15 item 3): does the database answer,
// is its schema the one this build expects, is there a scheduler, and which data generation the
// read cache is at. Public, so it says nothing about the data itself.
import { sql } from 'kysely'
import type { Deps } from '../../deps'
import { readMigrationState, type MigrationState } from '../../db/migrate'

export type Health = {
  status: 'ok' | 'degraded'
  database: { kind: Deps['dbKind']; ok: boolean; latencyMs: number; error?: string }
  schemaVersion: number
  migrations: (MigrationState & { upToDate: boolean }) | null
  /** ANTQ runs no timed jobs: deadlines are computed when read, not by a scheduler. */
  scheduler: { status: 'không có'; note: string }
  /** The read cache's write counter: moves on every write this process sees. */
  dataGeneration: number
}

const NO_SCHEDULER = {
  status: 'không có',
  note: 'ANTQ không chạy tác vụ định kỳ; hạn và nhắc việc được tính khi đọc dữ liệu',
} as const

export async function readHealth(deps: Deps): Promise<Health> {
  const started = performance.now()
  try {
    await sql`select 1`.execute(deps.db)
    const latencyMs = Math.round(performance.now() - started)
    const migrations = await readMigrationState(deps.db)
    const upToDate = migrations.pending.length === 0
    return {
      status: upToDate ? 'ok' : 'degraded',
      database: { kind: deps.dbKind, ok: true, latencyMs },
      schemaVersion: migrations.applied,
      migrations: { ...migrations, upToDate },
      scheduler: NO_SCHEDULER,
      dataGeneration: deps.cache.generation.value,
    }
  } catch {
    return {
      status: 'degraded',
      database: {
        kind: deps.dbKind,
        ok: false,
        latencyMs: Math.round(performance.now() - started),
        error: 'Không kết nối được cơ sở dữ liệu',
      },
      schemaVersion: 0,
      migrations: null,
      scheduler: NO_SCHEDULER,
      dataGeneration: deps.cache.generation.value,
    }
  }
}
