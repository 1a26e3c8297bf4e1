import type { Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'
import { currentRequestId } from '../../request-context'

export type AuditEntry = {
  actorId: number | null
  actorName: string
  action: string
  entity: string
  entityId?: string | number | null
  unit?: { id: number; path: string } | null
  before?: unknown
  after?: unknown
  reason?: string | null
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value)
}

/** Append entries inside the caller's transaction: the change and its audit commit together. */
export async function appendAudit(db: Kysely<Database>, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries]
  if (list.length === 0) return
  const requestId = currentRequestId()
  for (let start = 0; start < list.length; start += 1000) {
    await db
      .insertInto('audit_log')
      .values(
        list.slice(start, start + 1000).map((entry) => ({
          actor_id: entry.actorId && entry.actorId > 0 ? entry.actorId : null,
          actor_name: entry.actorName,
          action: entry.action,
          entity: entry.entity,
          entity_id:
            entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
          unit_id: entry.unit?.id ?? null,
          unit_path: entry.unit?.path ?? null,
          before: toJson(entry.before),
          after: toJson(entry.after),
          reason: entry.reason ?? null,
          request_id: requestId,
        })),
      )
      .execute()
  }
}

export type AuditFilter = {
  scopePath: string | null
  unitPath?: string
  actor?: string
  from?: string
  to?: string
  page: number
  pageSize: number
}

export async function listAudit(db: Kysely<Database>, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('units', 'units.id', 'audit_log.unit_id')
    .leftJoin('accounts', 'accounts.id', 'audit_log.actor_id')
  if (filter.scopePath !== null)
    query = query.where('audit_log.unit_path', 'like', `${filter.scopePath}%`)
  if (filter.unitPath) query = query.where('audit_log.unit_path', 'like', `${filter.unitPath}%`)
  if (filter.actor) {
    const pattern = `%${escapeLike(filter.actor)}%`
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.actor_name', 'ilike', pattern),
        eb('accounts.full_name', 'ilike', pattern),
      ]),
    )
  }
  if (filter.from)
    query = query.where('audit_log.at', '>=', new Date(`${filter.from}T00:00:00+07:00`))
  if (filter.to)
    query = query.where(
      'audit_log.at',
      '<',
      new Date(new Date(`${filter.to}T00:00:00+07:00`).getTime() + 86_400_000),
    )
  const total = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const items = await query
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_name',
      'audit_log.actor_id',
      'accounts.full_name as actor_full_name',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.before',
      'audit_log.after',
      'audit_log.reason',
      'units.id as unit_id',
      'units.code as unit_code',
      'units.name as unit_name',
      'units.kind as unit_kind',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute()
  return { items, total: Number(total.n) }
}
