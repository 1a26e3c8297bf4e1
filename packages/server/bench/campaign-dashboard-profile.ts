// Where one dashboard request's time goes: each read of GET /api/plans/:id/targets timed on
// its own, one request at a time, over provinces and communes. The reads the request makes
// today (marked "now") beside those it made before the read path was made lean.
import { sql } from 'kysely'
import type { Deps } from '../src/deps'
import { findPlanById } from '../src/features/plans/plans.repository'
import { findUnitById, findUnitPath } from '../src/features/units/units.repository'
import { loadYearContext } from '../src/features/targets/targets-year'
import { listYearsWithData } from '../src/features/targets/targets-dashboard.repository'
import { findDataAsOf, listTargetValues } from '../src/features/targets/targets.repository'
import { loadPlanContext } from '../src/features/targets/targets.engine'
import { readScopeValues } from '../src/features/targets/targets-read.repository'

export async function profileDashboard(deps: Deps, planId: number, rounds = 3) {
  const scopes = await sql<{ id: number; path: string }>`(select id, path from units
    where kind = 'province' order by code) union all (select id, path from units
    where kind = 'commune' order by code limit 20)`.execute(deps.db)
  const phases: Record<string, number[]> = {}
  const time = async <T>(phase: string, work: () => Promise<T>) => {
    const started = performance.now()
    const result = await work()
    ;(phases[phase] ??= []).push(performance.now() - started)
    return result
  }
  const plan = await findPlanById(deps.db, planId)
  const key = plan?.plan_key ?? ''
  for (let round = 0; round < rounds; round++)
    for (const scope of scopes.rows) {
      await time('now: findUnitPath (route scope check)', () => findUnitPath(deps.db, scope.id))
      await time('findPlanById (definition + yaml)', () => findPlanById(deps.db, planId))
      await time('loadPlanContext', () => loadPlanContext(deps, planId, '2025-12-14'))
      await time('listYearsWithData', () => listYearsWithData(deps.db, key))
      await time('now: loadYearContext (plan head, cached definition)', () =>
        loadYearContext(deps, planId),
      )
      await time('now: findUnitById (scope)', () => findUnitById(deps.db, scope.id))
      await time('now: readScopeValues (values + data as of)', () =>
        readScopeValues(deps.db, { planId, planKey: key, periodId: '2025' }, scope),
      )
      await time('listTargetValues', () => listTargetValues(deps.db, planId, '2025', scope.id))
      await time('findDataAsOf', () => findDataAsOf(deps.db, key, scope.path))
    }
  return phases
}
