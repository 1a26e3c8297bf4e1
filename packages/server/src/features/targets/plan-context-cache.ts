// A plan's context for the dashboard reads, without re-reading and re-parsing its definition
// on every request. One statement reads what may change (the plan's status and row_version,
// its issuer unit, the years with data); the parsed definition is kept in memory per database
// and per plan id, and reused only while the plan's row_version and status are the ones it was
// read at. Every write of a plan's content or status bumps row_version (plans.repository.ts),
// and a published plan's definition never changes, so a stale definition is never served.
import { AppError, type Plan } from '@antq/core'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { yearsWithDataQuery } from './targets-dashboard.repository'
import { campaignYear, type PlanContext } from './targets.status'

type CachedDefinition = { key: string; rowVersion: number; status: string; plan: Plan }

const MAX_PLANS = 64
const caches = new WeakMap<Kysely<Database>, Map<number, CachedDefinition>>()

type PlanHead = {
  id: number
  plan_key: string
  status: string
  row_version: number
  issuer_id: number | null
  issuer_path: string
  issuer_name: string
  issuer_code: string
  issuer_kind: string
  issuer_version: string
  years: number[] | null
}

function findPlanHead(db: Kysely<Database>, planId: number) {
  const years = yearsWithDataQuery(sql`(select plan_key from plans where id = ${planId})`)
  return sql<PlanHead>`select p.id, p.plan_key, p.status, p.row_version,
      u.id as issuer_id, u.path as issuer_path, u.name as issuer_name, u.code as issuer_code,
      u.kind as issuer_kind, u.version as issuer_version,
      array(select year from (${years}) y) as years
    from plans p left join units u on u.id = p.issuer_unit_id
    where p.id = ${planId}`
    .execute(db)
    .then((result) => result.rows[0])
}

async function definitionOf(db: Kysely<Database>, head: PlanHead): Promise<Plan> {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map<number, CachedDefinition>()))
  const hit = cache.get(head.id)
  if (
    hit &&
    hit.key === head.plan_key &&
    hit.rowVersion === head.row_version &&
    hit.status === head.status
  )
    return hit.plan
  const row = await db
    .selectFrom('plans')
    .select(['definition', 'row_version', 'status'])
    .where('id', '=', head.id)
    .executeTakeFirstOrThrow()
  const plan = row.definition as Plan
  // Kept only when nothing changed between the two reads; otherwise the next request reads again.
  if (row.row_version === head.row_version && row.status === head.status) {
    if (cache.size >= MAX_PLANS) cache.delete(cache.keys().next().value as number)
    cache.set(head.id, {
      key: head.plan_key,
      rowVersion: head.row_version,
      status: head.status,
      plan,
    })
  }
  return plan
}

/** The engine's plan context (as loadPlanContext builds it) and the plan's years with data. */
export async function loadCachedPlanContext(deps: Deps, planId: number, today: string) {
  const head = await findPlanHead(deps.db, planId)
  if (!head) throw new AppError('NOT_FOUND')
  if (head.status !== 'published' && head.status !== 'closed')
    throw new AppError('VALIDATION', 'Chỉ tính chỉ tiêu của kế hoạch đã ban hành')
  if (head.issuer_id === null)
    throw new AppError('VALIDATION', 'Kế hoạch chưa gắn với đơn vị ban hành')
  const plan = await definitionOf(deps.db, head)
  const issuer = {
    ...{ id: head.issuer_id, path: head.issuer_path, name: head.issuer_name },
    ...{ code: head.issuer_code, kind: head.issuer_kind, version: head.issuer_version },
  }
  const context: PlanContext = {
    ...{ id: head.id, key: head.plan_key, plan, issuer },
    ...{ year: campaignYear(plan, today), today },
  }
  return { context, yearsWithData: (head.years ?? []).map(Number) }
}
