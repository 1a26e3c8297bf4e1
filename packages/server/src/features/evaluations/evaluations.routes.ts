import { defineRoute, type RouteSpec } from '../../http/route'
import {
  EvaluationInput,
  EvaluationParams,
  ListQuery,
  UnitParams,
  UnitYearQuery,
} from './evaluations.schemas'
import { saveEvaluation } from './evaluations.service'
import { listEvaluationsInScope, listUnitEvaluations } from './evaluations-read.service'

// Writes need campaign:report (self-assessment) or campaign:review (decision); the service
// checks which, from the fields sent. Reading needs campaign:read on the unit.
const readUnit = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'params', field: 'unitId' },
} as const

export const evaluationRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'PUT',
    url: '/api/units/:unitId/evaluations/:kind/:year',
    access: readUnit,
    schemas: { params: EvaluationParams, body: EvaluationInput },
    handler: ({ deps, actor, params, body }) => saveEvaluation(deps, actor, params, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/units/:unitId/evaluations',
    access: readUnit,
    schemas: { params: UnitParams, query: UnitYearQuery },
    handler: ({ deps, params, query }) => listUnitEvaluations(deps, params.unitId, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/evaluations',
    access: { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' },
    schemas: { query: ListQuery },
    handler: ({ deps, actor, query }) => listEvaluationsInScope(deps, actor, query),
  }),
]
