// `antq targets PLAN [--scope UNIT_CODE] [--json]`: compute a published plan's targets and
// print, for each, its clause, numerator, denominator, value, goal and status.
import { parseArgs } from 'node:util'
import { AppError, TARGET_STATUS_LABELS, vietnamDateOf } from '@antq/core'
import type { Deps } from '../../deps'
import { findPlanByKey, findUnitByCode } from '../../features/plans/plans.repository'
import { computePlanTargets, loadPlanContext } from '../../features/targets/targets.engine'
import { usageError, withDeps } from '../context'

const USAGE = 'Dùng: antq targets PLAN [--scope MÃ_ĐƠN_VỊ] [--json]'

/** PLAN is a plan key (latest version), key@version, or a numeric id. */
async function resolvePlanId(deps: Deps, reference: string) {
  if (/^\d+$/.test(reference)) return Number(reference)
  const [key = '', version] = reference.split('@')
  const row = await findPlanByKey(deps.db, key, version ? Number(version) : undefined)
  if (!row) throw new AppError('NOT_FOUND', `Không có kế hoạch "${reference}"`)
  return row.id
}

const format = (value: number | null) =>
  value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(4)

export async function runTargets(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { scope: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  const reference = positionals[0] ?? usageError(USAGE)
  await withDeps(async (deps) => {
    const planId = await resolvePlanId(deps, reference)
    let scopeUnitId: number | undefined
    if (values.scope) {
      const { issuer } = await loadPlanContext(deps, planId, vietnamDateOf(deps.now()))
      const unit = await findUnitByCode(deps.db, issuer.version, values.scope)
      if (!unit) throw new AppError('NOT_FOUND', `Không có đơn vị mã "${values.scope}"`)
      scopeUnitId = unit.id
    }
    const computed = await computePlanTargets(deps, planId, { scopeUnitId })
    const rows = computed.results
      .filter((result) => result.scope.id === computed.root.id)
      .map(({ target, value, status }) => ({
        id: target.id,
        source: target.source,
        numerator: value.numerator,
        denominator: value.denominator,
        value: status.value,
        threshold: status.goal.threshold,
        comparator: status.goal.comparator,
        status: status.status,
      }))
    if (values.json) {
      const scope = { id: computed.root.id, code: computed.root.code, name: computed.root.name }
      console.log(JSON.stringify({ planId, year: computed.context.year, scope, items: rows }))
      return
    }
    console.log(`${computed.context.key} — ${computed.root.name}, năm ${computed.context.year}`)
    for (const row of rows)
      console.log(
        [
          row.id,
          row.source,
          `${format(row.numerator)}/${format(row.denominator)}`,
          `= ${format(row.value)}`,
          `${row.comparator} ${row.threshold}`,
          TARGET_STATUS_LABELS[row.status],
        ].join('\t'),
      )
  })
}
