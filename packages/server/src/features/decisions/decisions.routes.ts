import { defineRoute, type RouteSpec } from '../../http/route'
import { DecisionInput, DecisionListQuery, DecisionParams, RevokeInput } from './decisions.schemas'
import { revokeDecision } from './decisions-revoke.service'
import { createDecision, getDecision, listDecisionsInScope } from './decisions.service'

// A decision names its unit through the issuer in the body or its own row: the services check
// it against the actor's subtree.
const sign = { kind: 'permission', permission: 'decisions:sign', scope: 'actor-subtree' } as const
const read = { kind: 'permission', permission: 'nominations:read', scope: 'actor-subtree' } as const

export const decisionRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/decisions',
    access: read,
    schemas: { query: DecisionListQuery },
    handler: ({ deps, actor, query }) => listDecisionsInScope(deps, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/decisions',
    access: sign,
    schemas: { body: DecisionInput },
    handler: ({ deps, actor, body }) => createDecision(deps, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/decisions/:decisionId',
    access: read,
    schemas: { params: DecisionParams },
    handler: ({ deps, actor, params }) => getDecision(deps, actor, params.decisionId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/decisions/:decisionId/revoke',
    access: sign,
    schemas: { params: DecisionParams, body: RevokeInput },
    handler: ({ deps, actor, params, body }) =>
      revokeDecision(deps, actor, params.decisionId, body),
  }),
]
