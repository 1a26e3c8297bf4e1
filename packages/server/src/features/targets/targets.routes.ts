import { z } from 'zod'
import { defineRoute, type RouteSpec } from '../../http/route'
import { listLateUnits } from './targets-late.service'
import { rankSubUnits } from './targets-subunits.service'
import { drillDownTarget, getPlanTargets } from './targets.service'
import { DB_INT_MAX } from '../../http/bounds'

const PlanParams = z.object({ planId: z.coerce.number().int().positive().max(DB_INT_MAX) })
const TargetParams = PlanParams.extend({
  targetId: z
    .string()
    .max(80)
    .regex(/^[a-z0-9][a-z0-9-]*$/),
})
const ScopeQuery = z.object({
  scopeUnitId: z.coerce.number().int().positive().max(DB_INT_MAX).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})
const DrillQuery = ScopeQuery.extend({ status: z.enum(['met', 'not_met']).optional() })
const LateQuery = ScopeQuery.extend({
  periodId: z
    .string()
    .regex(/^\d{4}(-[A-Z0-9]{1,3})?$/)
    .optional(),
})

// scopeUnitId, when given, is checked against the actor's subtree; without it the service
// picks the issuer (or the actor's own unit) and checks it.
const access = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'query', field: 'scopeUnitId' },
} as const

export const targetRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/targets',
    access,
    schemas: { params: PlanParams, query: ScopeQuery },
    handler: ({ deps, actor, params, query }) =>
      getPlanTargets(deps, actor, params.planId, query.scopeUnitId, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/targets/:targetId/units',
    access,
    schemas: { params: TargetParams, query: DrillQuery },
    handler: ({ deps, actor, params, query }) =>
      drillDownTarget(deps, actor, { ...params, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/targets/:targetId/sub-units',
    access,
    schemas: { params: TargetParams, query: ScopeQuery },
    handler: ({ deps, actor, params, query }) => rankSubUnits(deps, actor, { ...params, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/late-units',
    access,
    schemas: { params: PlanParams, query: LateQuery },
    handler: ({ deps, actor, params, query }) =>
      listLateUnits(deps, actor, { planId: params.planId, ...query }),
  }),
]
