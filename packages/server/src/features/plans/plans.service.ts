// Plans as data: import a definition (YAML), keep every version, move drafts through the
// life cycle (draft → published → closed; a published plan changes only by a new version).
import {
  AppError,
  can,
  checkChildPlan,
  diffPlans,
  formatPath,
  isInScope,
  parsePlanYaml,
  transitionPlan,
  validatePlan,
  type Actor,
  type ErrorDetail,
  type Plan,
  type PlanAction,
  type PlanStatus,
} from '@antq/core'
import type { Kysely } from 'kysely'
import { stringify } from 'yaml'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { closeSharesOfLeftTasks } from '../assignments/assignments-close'
import { appendAudit } from '../audit/audit.repository'
import * as repo from './plans.repository'
import { presentPlan, presentPlanSummary } from './plans.presenter'

const REFORM_DATE = '2025-07-01'

/** Parse and validate a plan file; every problem at line:column, in Vietnamese. */
export function checkPlanText(text: string): { plan: Plan } | { errors: ErrorDetail[] } {
  const result = parsePlanYaml(text)
  if ('plan' in result) return result
  return {
    errors: result.errors.map((error) => ({
      line: error.line,
      col: error.column,
      path: error.path,
      message: error.message,
    })),
  }
}

/** The issuer's unit: plans before the 2025 reform name legacy units, later ones 2025 units. */
async function resolveIssuer(db: Kysely<Database>, plan: Plan) {
  const code = plan.metadata.issuer.unitCode
  if (!code) return null
  const end = plan.period.end ?? `${plan.period.endYear ?? plan.period.startYear}-12-31`
  const order = end < REFORM_DATE ? (['legacy', '2025'] as const) : (['2025', 'legacy'] as const)
  for (const version of order) {
    const unit = await repo.findUnitByCode(db, version, code)
    if (unit) return unit
  }
  return null
}

function assertCanWrite(actor: Actor, scopePath: string | null) {
  if (!can(actor, 'plans:write')) throw new AppError('FORBIDDEN')
  if (scopePath === null ? actor.scopePath !== null : !isInScope(actor, scopePath))
    throw new AppError('OUT_OF_SCOPE')
}

async function checkAgainstParent(db: Kysely<Database>, plan: Plan) {
  const parentKey = plan.metadata.parentPlan?.planId
  if (!parentKey) return
  const parent = await repo.findPlanByKey(db, parentKey)
  if (!parent) return
  const parentCheck = validatePlan(parent.definition)
  if (!parentCheck.ok) return
  const issues = checkChildPlan(parentCheck.plan, plan)
  if (issues.length > 0)
    throw new AppError(
      'VALIDATION',
      'Kế hoạch nới lỏng chỉ tiêu của kế hoạch cấp trên',
      issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    )
}

async function viewPlan(db: Kysely<Database>, id: number) {
  const row = await repo.findPlanById(db, id)
  if (!row) throw new AppError('NOT_FOUND')
  return presentPlan(row, await repo.listVersions(db, row.plan_key))
}

type Audit = {
  actor: Actor
  action: string
  planId: number
  unit: { id: number; path: string } | null
  before?: unknown
  after?: unknown
  reason?: string
}
function auditPlan(db: Kysely<Database>, entry: Audit) {
  return appendAudit(db, {
    actorId: entry.actor.accountId,
    actorName: entry.actor.username,
    action: entry.action,
    entity: 'plan',
    entityId: entry.planId,
    unit: entry.unit,
    before: entry.before,
    after: entry.after,
    reason: entry.reason,
  })
}

/** Store a validated definition: a new plan, a change to its draft, or a new draft version. */
async function storeDefinition(
  deps: Deps,
  actor: Actor,
  plan: Plan,
  sourceYaml: string | null,
  reason?: string,
  expectedRowVersion?: number,
) {
  await checkAgainstParent(deps.db, plan)
  const issuer = await resolveIssuer(deps.db, plan)
  assertCanWrite(actor, issuer?.path ?? null)
  return deps.db.transaction().execute(async (tx) => {
    const latest = await repo.findLatestVersion(tx, plan.id)
    const unit = issuer ? { id: issuer.id, path: issuer.path } : null
    if (latest?.status === 'draft') {
      if (latest.scope_path !== (issuer?.path ?? null)) assertCanWrite(actor, latest.scope_path)
      if (expectedRowVersion !== undefined && expectedRowVersion !== latest.row_version)
        throw new AppError('CONFLICT')
      if (diffPlans(latest.definition, plan).length === 0) return latest.id
      // A draft's changes are always against the version before it, not its previous save.
      const previous =
        latest.version > 1 ? await repo.findPlanByKey(tx, plan.id, latest.version - 1) : undefined
      const changes = previous ? diffPlans(previous.definition, plan) : null
      const ok = await repo.updatePlanContent(tx, latest.id, latest.row_version, {
        title: plan.metadata.title,
        definition: plan,
        source_yaml: sourceYaml,
        changes,
      })
      if (!ok) throw new AppError('CONFLICT')
      await auditPlan(tx, {
        actor,
        action: 'plan.edit',
        planId: latest.id,
        unit,
        before: { version: latest.version },
        after: { changes },
        reason,
      })
      return latest.id
    }
    const changes = latest ? diffPlans(latest.definition, plan) : null
    if (latest && changes?.length === 0) return latest.id
    const id = await repo.insertPlan(tx, {
      plan_key: plan.id,
      version: (latest?.version ?? 0) + 1,
      status: 'draft',
      title: plan.metadata.title,
      issuer_unit_id: issuer?.id ?? null,
      scope_path: issuer?.path ?? null,
      definition: plan,
      source_yaml: sourceYaml,
      changes,
      created_by: actor.username,
    })
    await auditPlan(tx, {
      actor,
      action: latest ? 'plan.revise' : 'plan.create',
      planId: id,
      unit,
      after: { key: plan.id, version: (latest?.version ?? 0) + 1, changes },
      reason,
    })
    return id
  })
}

export async function importPlan(deps: Deps, actor: Actor, text: string) {
  const checked = checkPlanText(text)
  if ('errors' in checked) throw new AppError('VALIDATION', 'Tệp kế hoạch có lỗi', checked.errors)
  return viewPlan(deps.db, await storeDefinition(deps, actor, checked.plan, text))
}

/** Save a draft edited in the web form (the whole definition, validated again here). */
export async function saveDraft(
  deps: Deps,
  actor: Actor,
  id: number,
  definition: unknown,
  reason?: string,
  rowVersion?: number,
) {
  const row = await repo.findPlanById(deps.db, id)
  if (!row) throw new AppError('NOT_FOUND')
  if (row.status !== 'draft')
    throw transitionPlan(row.status as PlanStatus, 'edit').ok
      ? new AppError('CONFLICT')
      : new AppError(
          'INVALID_TRANSITION',
          'Kế hoạch đã ban hành không sửa trực tiếp được; hãy tạo phiên bản sửa đổi',
        )
  const checked = validatePlan(definition)
  if (!checked.ok)
    throw new AppError(
      'VALIDATION',
      'Kế hoạch chưa hợp lệ',
      checked.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    )
  if (checked.plan.id !== row.plan_key)
    throw new AppError('VALIDATION', 'Không được đổi mã kế hoạch')
  return viewPlan(
    deps.db,
    await storeDefinition(deps, actor, checked.plan, null, reason, rowVersion),
  )
}

/** Publish, close, or revise (copy into a new draft version). */
export async function applyPlanAction(
  deps: Deps,
  actor: Actor,
  id: number,
  action: Exclude<PlanAction, 'edit'>,
  reason?: string,
) {
  const resultId = await deps.db.transaction().execute(async (tx) => {
    const row = await repo.findPlanById(tx, id)
    if (!row) throw new AppError('NOT_FOUND')
    assertCanWrite(actor, row.scope_path)
    const transition = transitionPlan(row.status as PlanStatus, action)
    if (!transition.ok) throw transition.error
    const unit =
      row.issuer_unit_id && row.scope_path ? { id: row.issuer_unit_id, path: row.scope_path } : null
    if (transition.newVersion) {
      const newId = await repo.insertPlan(tx, {
        plan_key: row.plan_key,
        version: row.version + 1,
        status: 'draft',
        title: row.title,
        issuer_unit_id: row.issuer_unit_id,
        scope_path: row.scope_path,
        definition: row.definition,
        source_yaml: row.source_yaml,
        changes: [],
        created_by: actor.username,
      })
      await auditPlan(tx, {
        actor,
        action: 'plan.revise',
        planId: newId,
        unit,
        after: { key: row.plan_key, version: row.version + 1 },
        reason,
      })
      return newId
    }
    if (!(await repo.setPlanStatus(tx, id, row.row_version, transition.status, deps.now())))
      throw new AppError('CONFLICT')
    await auditPlan(tx, {
      actor,
      action: `plan.${action}`,
      planId: id,
      unit,
      before: { status: row.status },
      after: { status: transition.status },
      reason,
    })
    // A task this version dropped: its open shares are closed, not left to run (ADR 023).
    if (action === 'publish')
      await closeSharesOfLeftTasks(tx, {
        ...{ planId: id, planKey: row.plan_key, version: row.version, actor, unit, at: deps.now() },
        taskIds: (row.definition as Plan).tasks.map((task) => task.id),
      })
    return id
  })
  return viewPlan(deps.db, resultId)
}

// Plans are public administrative documents sent to every unit below the issuer, and a 2024
// plan of a legacy district must stay readable by the 2025 province it became part of: any
// account with plans:read may read any plan. Changing one is limited to the issuer's subtree.
export async function getPlan(deps: Deps, _actor: Actor, id: number) {
  const row = await repo.findPlanById(deps.db, id)
  if (!row) throw new AppError('NOT_FOUND')
  return presentPlan(row, await repo.listVersions(deps.db, row.plan_key))
}

export async function listPlans(deps: Deps) {
  return { items: (await repo.listLatestPlans(deps.db)).map(presentPlanSummary) }
}

/** The plan as YAML: the imported file when unchanged since, else the stored definition. */
export async function exportPlanYaml(deps: Deps, _actor: Actor, id: number) {
  const row = await repo.findPlanById(deps.db, id)
  if (!row) throw new AppError('NOT_FOUND')
  const text = row.source_yaml ?? stringify(row.definition, { lineWidth: 0 })
  return { fileName: `${row.plan_key}-v${row.version}.yaml`, text }
}
