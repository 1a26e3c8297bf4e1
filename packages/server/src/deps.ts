import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { DatabaseKind } from './db/connect'
import type { ReadCache } from './db/read-cache'
import type { Mailer } from './features/notifications/mailer'
import type { SchedulerStatus } from './features/notifications/scheduler-status'

/** What services need from the outside world, created once in main.ts (or a test). */
export type Deps = {
  db: Kysely<Database>
  dbKind: DatabaseKind
  /** Reads served from memory until the next write (db/read-cache.ts). */
  cache: ReadCache
  now: () => Date
  cookieSecure: boolean
  /** Login lifetimes and demo mode (ADR 027); unset: the defaults of config.ts (demo mode on). */
  auth?: AuthPolicy
  /** E-mail through SMTP (ADR 029); absent: the e-mail channel is not configured. */
  mail?: Mailer
  /** The reminder scheduler of this process, when one runs (reported by the health route). */
  scheduler?: SchedulerStatus
}

export type AuthPolicy = {
  /** A login ends after this many minutes without a request… */
  idleMinutes: number
  /** …and this many hours after it began, whatever the use. */
  maxHours: number
  /** Demo accounts sign in as they are; off (production), they must change their password first. */
  demoMode: boolean
}
