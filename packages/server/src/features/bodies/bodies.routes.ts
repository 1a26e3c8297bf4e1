import { defineRoute } from '../../http/route'
import { CreateBodyUnitInput, PlanBodiesParams, PlanBodyParams } from './bodies.schemas'
import * as bodies from './bodies.service'

export const bodyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:id/bodies',
    // The service checks the plan's scope meets the actor's (units' accounts are unit data).
    access: { kind: 'permission', permission: 'plans:read', scope: 'actor-subtree' },
    schemas: { params: PlanBodiesParams },
    handler: ({ deps, actor, params }) => bodies.listPlanBodies(deps, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:id/bodies/:bodyId/unit',
    // The service checks units:write on the plan's issuer, under which the unit is created.
    access: { kind: 'permission', permission: 'units:write', scope: 'actor-subtree' },
    schemas: { params: PlanBodyParams, body: CreateBodyUnitInput },
    handler: ({ deps, actor, params, body }) =>
      bodies.createBodyUnit(deps, actor, params.id, params.bodyId, body.reason),
  }),
]
