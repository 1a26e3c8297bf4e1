// What an operator (or a load balancer) asks first (issue 15 item 3): does the database answer,
// is its schema the one this build expects, how the reminder scheduler is doing, and which data generation the
// read cache is at. Public, so it says nothing about the data itself.
import { sql } from 'kysely'
import type { Deps } from '../../deps'
import { readMigrationState, type MigrationState } from '../../db/migrate'
import { countPendingEmails } from '../notifications/outbox.repository'

export type Health = {
  status: 'ok' | 'degraded'
  database: { kind: Deps['dbKind']; ok: boolean; latencyMs: number; error?: string }
  schemaVersion: number
  migrations: (MigrationState & { upToDate: boolean }) | null
  /** The reminder scheduler of this process (ADR 029) and the e-mail outbox. */
  scheduler: SchedulerHealth
  /** The read cache's write counter: moves on every write this process sees. */
  dataGeneration: number
}

export type SchedulerHealth = {
  status: 'đang chạy' | 'tắt' | 'lỗi'
  intervalSeconds: number
  lastTickAt: string | null
  lastError: string | null
  email: 'đã cấu hình' | 'chưa cấu hình'
  /** E-mails queued and not yet sent; null when the database did not answer. */
  pendingEmails: number | null
}

function schedulerHealth(deps: Deps, pendingEmails: number | null): SchedulerHealth {
  const state = deps.scheduler
  return {
    status: !state?.enabled ? 'tắt' : state.lastError ? 'lỗi' : 'đang chạy',
    intervalSeconds: state?.intervalSeconds ?? 0,
    lastTickAt: state?.lastTickAt ?? null,
    lastError: state?.lastError ?? null,
    email: deps.mail?.configured ? 'đã cấu hình' : 'chưa cấu hình',
    pendingEmails,
  }
}

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
      scheduler: schedulerHealth(deps, await countPendingEmails(deps.db)),
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
      scheduler: schedulerHealth(deps, null),
      dataGeneration: deps.cache.generation.value,
    }
  }
}
