import { defineRoute, type RouteSpec } from '../../http/route'
import { actOnRecognition } from './recognitions-action.service'
import { grantRecognitionExtension } from './recognitions-extensions.service'
import { tallyRecognitionQuota } from './recognitions-quota.service'
import {
  ProposeInput,
  QuotaQuery,
  RecognitionActionInput,
  RecognitionExtensionInput,
  RecognitionListQuery,
  RecognitionParams,
} from './recognitions.schemas'
import { getRecognition, listRecognitionsInScope, proposeRecognition } from './recognitions.service'

// Proposing needs nominations:propose or campaign:review over the unit; evaluating,
// recognising, returning and rejecting are checked per action in the service (managing level,
// recognising level). Every route names its unit through the body or the recognition's row.
const read = { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' } as const

export const recognitionRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/recognitions',
    access: read,
    schemas: { query: RecognitionListQuery },
    handler: ({ deps, actor, query }) => listRecognitionsInScope(deps, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/recognitions/quota',
    access: read,
    schemas: { query: QuotaQuery },
    handler: ({ deps, actor, query }) => tallyRecognitionQuota(deps, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/recognitions',
    access: read,
    schemas: { body: ProposeInput },
    handler: ({ deps, actor, body }) => proposeRecognition(deps, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/recognitions/extensions',
    access: { kind: 'permission', permission: 'decisions:sign', scope: 'actor-subtree' },
    schemas: { body: RecognitionExtensionInput },
    handler: ({ deps, actor, body }) => grantRecognitionExtension(deps, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/recognitions/:recognitionId',
    access: read,
    schemas: { params: RecognitionParams },
    handler: ({ deps, actor, params }) => getRecognition(deps, actor, params.recognitionId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/recognitions/:recognitionId/actions',
    access: read,
    schemas: { params: RecognitionParams, body: RecognitionActionInput },
    handler: ({ deps, actor, params, body }) =>
      actOnRecognition(deps, actor, params.recognitionId, body),
  }),
]
