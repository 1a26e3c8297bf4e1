import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import type { Database } from './schema'
import * as foundation from './migrations/0001-foundation'
import * as plans from './migrations/0002-plans'
import * as campaign from './migrations/0003-campaign'
import * as nominations from './migrations/0004-nominations'
import * as councils from './migrations/0005-councils'
import * as targetIndexes from './migrations/0006-target-indexes'
import * as dataAsOfIndexes from './migrations/0007-data-as-of-indexes'
import * as changeNotify from './migrations/0008-change-notify'
import * as unitMergesNotify from './migrations/0009-unit-merges-notify'
import * as reportAcceptedFigures from './migrations/0010-report-accepted-figures'
import * as reportLateEntry from './migrations/0011-report-late-entry'
import * as targetMissingUnits from './migrations/0012-target-missing-units'
import * as assignments from './migrations/0014-assignments'
import * as unitPlans from './migrations/0015-unit-plans'
import * as upwardReports from './migrations/0016-upward-reports'
import * as inspections from './migrations/0017-inspections'
import * as budget from './migrations/0018-budget'
import * as crimeStatistics from './migrations/0019-crime-statistics'
import * as models from './migrations/0020-models'
import * as activities from './migrations/0021-activities'
import * as events from './migrations/0022-events'
import * as unitStandards from './migrations/0023-unit-standards'
import * as assignmentSummaries from './migrations/0024-assignment-summaries'
import * as auditRequestId from './migrations/0026-audit-request-id'
import * as sessionIdleDemoAccounts from './migrations/0027-session-idle-demo-accounts'
import * as notifications from './migrations/0028-notifications'
import * as issuingBodySigners from './migrations/0029-issuing-body-signers'

// Migrations are listed in code (no directory scanning) so bundling and tsx both work.
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-plans': plans,
  '0003-campaign': campaign,
  '0004-nominations': nominations,
  '0005-councils': councils,
  '0006-target-indexes': targetIndexes,
  '0007-data-as-of-indexes': dataAsOfIndexes,
  '0008-change-notify': changeNotify,
  '0009-unit-merges-notify': unitMergesNotify,
  '0010-report-accepted-figures': reportAcceptedFigures,
  '0011-report-late-entry': reportLateEntry,
  '0012-target-missing-units': targetMissingUnits,
  '0014-assignments': assignments,
  '0015-unit-plans': unitPlans,
  '0016-upward-reports': upwardReports,
  '0017-inspections': inspections,
  '0018-budget': budget,
  '0019-crime-statistics': crimeStatistics,
  '0020-models': models,
  '0021-activities': activities,
  '0022-events': events,
  '0023-unit-standards': unitStandards,
  '0024-assignment-summaries': assignmentSummaries,
  '0026-audit-request-id': auditRequestId,
  '0027-session-idle-demo-accounts': sessionIdleDemoAccounts,
  '0028-notifications': notifications,
  '0029-issuing-body-signers': issuingBodySigners,
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) }

export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('migration failed')
  return (results ?? []).map((result) => `${result.migrationName}: ${result.status}`)
}

export type MigrationState = {
  applied: number
  known: number
  latestApplied: string | null
  latestKnown: string
  /** Known to this build but not applied to the database (a start-up that failed half way). */
  pending: string[]
}

/** The database's migrations against the ones this build knows, for the health check. */
export async function readMigrationState(db: Kysely<Database>): Promise<MigrationState> {
  const migrations = await new Migrator({ db, provider }).getMigrations()
  const applied = migrations.filter((migration) => migration.executedAt !== undefined)
  const names = Object.keys(MIGRATIONS)
  return {
    applied: applied.length,
    known: names.length,
    latestApplied: applied.at(-1)?.name ?? null,
    latestKnown: names.at(-1) ?? '',
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  }
}
