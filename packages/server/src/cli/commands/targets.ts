// `antq targets PLAN [--scope UNIT_CODE] [--year YYYY] [--json]`: compute a published plan's
// targets and print, for each, its clause, numerator, denominator, value, goal and status. The
// year is the dashboard's (targets-year.ts: asked for, else defaultYear), judged on today.
import { parseArgs } from 'node:util'
import { AppError, describeTargetResult, TARGET_STATUS_LABELS, vietnamDateOf } from '@antq/core'
import type { Plan } from '@antq/core'
import type { Deps } from '../../deps'
import { findPlanByKey, findUnitByCode } from '../../features/plans/plans.repository'
import { computePlanTargets } from '../../features/targets/targets.compute'
import { loadPlanContext } from '../../features/targets/targets.engine'
import { loadYearContext } from '../../features/targets/targets-year'
import { checkStatedOutOf, type StatedOutOf } from '../../features/targets/targets.stated'
import { usageError, withDeps } from '../context'

const USAGE = 'Dùng: antq targets PLAN [--scope MÃ_ĐƠN_VỊ] [--year NĂM] [--json]'

/** PLAN is a plan key (latest version), key@version, or a numeric id. */
async function resolvePlanId(deps: Deps, reference: string) {
  if (/^\d+$/.test(reference)) return Number(reference)
  const [key = '', version] = reference.split('@')
  const row = await findPlanByKey(deps.db, key, version ? Number(version) : undefined)
  if (!row) throw new AppError('NOT_FOUND', `Không có kế hoạch "${reference}"`)
  return row.id
}

/**
 * The year asked for, checked against the plan's period (an open-ended plan runs up to its
 * current year: later ones have no data yet); none asked: undefined (the default year).
 */
function yearAsked(plan: Plan, currentYear: number, asked?: string) {
  if (asked === undefined) return undefined
  const year = Number(asked)
  const first = plan.period.startYear
  const last = plan.period.endYear ?? currentYear
  const span = first === last ? `năm ${first}` : `${first}–${last}`
  if (!/^\d{4}$/.test(asked) || year < first || year > last)
    throw new AppError(
      'VALIDATION',
      `Năm "${asked}" không thuộc thời gian thực hiện kế hoạch (${span})`,
    )
  return year
}

/** The command line read before the database is opened (a usage error costs nothing). */
export function parseTargetsArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      scope: { type: 'string' },
      year: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  return { reference: positionals[0] ?? usageError(USAGE), ...values }
}

/** The command's output, computed on `deps` (runTargets prints it). */
export async function targetsOutput(deps: Deps, options: ReturnType<typeof parseTargetsArgs>) {
  const { reference, ...values } = options
  const planId = await resolvePlanId(deps, reference)
  const current = await loadPlanContext(deps, planId, vietnamDateOf(deps.now()))
  const { year } = await loadYearContext(
    deps,
    planId,
    yearAsked(current.plan, current.year, values.year),
  )
  let scopeUnitId: number | undefined
  if (values.scope) {
    const unit = await findUnitByCode(deps.db, current.issuer.version, values.scope)
    if (!unit) throw new AppError('NOT_FOUND', `Không có đơn vị mã "${values.scope}"`)
    scopeUnitId = unit.id
  }
  const computed = await computePlanTargets(deps, planId, { scopeUnitId, year })
  const missing = new Map(
    computed.rows
      .filter((row) => row.scope_unit_id === computed.root.id)
      .map((row) => [row.target_id, row.missing_units ?? null]),
  )
  const atRoot = computed.results.filter((result) => result.scope.id === computed.root.id)
  const stated = new Map<string, StatedOutOf | null>()
  for (const { target } of atRoot)
    stated.set(target.id, await checkStatedOutOf(deps, computed.context, target, computed.root))
  const rows = atRoot.map(({ target, value, status }) => ({
    id: target.id,
    source: target.source,
    numerator: value.numerator,
    denominator: value.denominator,
    value: status.value,
    threshold: status.goal.threshold,
    comparator: status.goal.comparator,
    status: status.status,
    missingUnits: missing.get(target.id) ?? null,
    stated: stated.get(target.id) ?? null,
  }))
  if (values.json) {
    const scope = { id: computed.root.id, code: computed.root.code, name: computed.root.name }
    return JSON.stringify({ planId, year: computed.context.year, scope, items: rows })
  }
  const lines = [`${computed.context.key} — ${computed.root.name}, năm ${computed.context.year}`]
  // A count reads "13 ≥ 6 · Đạt", a share "5/6 = 83,3% > 80% · Đạt" (issue 10 S5).
  for (const row of rows)
    lines.push(
      [
        row.id,
        row.source,
        describeTargetResult({ ...row, statusLabel: TARGET_STATUS_LABELS[row.status] }),
        ...(row.stated?.note ? [row.stated.note] : []),
      ].join('\t'),
    )
  return lines.join('\n')
}

export async function runTargets(args: string[]) {
  const options = parseTargetsArgs(args)
  await withDeps(async (deps) => console.log(await targetsOutput(deps, options)))
}
