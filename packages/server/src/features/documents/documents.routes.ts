import { sendDownload } from '../../http/download'
import { defineRoute, type RouteSpec } from '../../http/route'
import {
  getCertificateLayout,
  issueSubmissionNumber,
  saveCertificateLayout,
} from './documents-layout.service'
import {
  DocumentParams,
  DocumentQuery,
  LayoutInput,
  LayoutParams,
  LayoutQuery,
  SubmissionNumberInput,
} from './documents.schemas'
import { listDocumentKinds, renderDocument } from './documents.service'

// A document's id names its record (nomination, meeting, decision, recognition): the builders
// load it through the feature's own service, which checks it lies in the actor's subtree.
const read = { kind: 'permission', permission: 'nominations:read', scope: 'actor-subtree' } as const
const layoutUnit = { unitIn: 'params', field: 'unitId' } as const

export const documentRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/documents/kinds',
    access: { kind: 'signed-in', scope: 'none' },
    handler: () => Promise.resolve(listDocumentKinds()),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/documents/:kind/:id',
    access: read,
    schemas: { params: DocumentParams, query: DocumentQuery },
    handler: async ({ deps, actor, params, query, reply }) => {
      const file = await renderDocument(deps.db, actor, params.kind, params.id, query.format)
      return sendDownload(reply, file, file.format)
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/documents/submission-letter/:id/number',
    access: { kind: 'permission', permission: 'nominations:propose', scope: 'actor-subtree' },
    schemas: { params: DocumentParams.pick({ id: true }), body: SubmissionNumberInput },
    handler: ({ deps, actor, params, body }) => issueSubmissionNumber(deps, actor, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/units/:unitId/certificate-layouts/:awardFormId',
    access: { kind: 'permission', permission: 'nominations:read', scope: layoutUnit },
    schemas: { params: LayoutParams, query: LayoutQuery },
    handler: ({ deps, params, query }) =>
      getCertificateLayout(deps, params.unitId, params.awardFormId, query.formName),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/units/:unitId/certificate-layouts/:awardFormId',
    access: { kind: 'permission', permission: 'council:manage', scope: layoutUnit },
    schemas: { params: LayoutParams, body: LayoutInput },
    handler: ({ deps, actor, params, body }) => saveCertificateLayout(deps, actor, params, body),
  }),
]
