// Routes of the nominations feature (issue 5, items 1–4): drafts, reading with the live
// assessment, the workflow, dossier files and attestations, quotas and dossier extensions.
// Nomination routes name no unit in the URL: the service loads the nomination and checks its
// proposing unit against the actor's subtree for the permission the act needs.
import { DOSSIER_MAX_BYTES } from '@antq/core'
import type { FastifyRequest } from 'fastify'
import { readUpload as readFileUpload } from '../../http/upload'
import { defineRoute } from '../../http/route'
import {
  AllocateInput,
  AttestationQuery,
  AttestInput,
  CreateNominationInput,
  ExtensionInput,
  FileParams,
  ListNominationsQuery,
  NominationActionInput,
  NominationParams,
  PlanParams,
  QuotaQuery,
  UpdateNominationInput,
  UploadQuery,
} from './nominations.schemas'
import { createNomination, getNomination, updateNominationDraft } from './nominations.service'
import { searchNominations } from './nominations-list.service'
import { applyNominationAction } from './nominations-workflow.service'
import {
  attestCondition,
  deleteDossierFile,
  readDossierFile,
  uploadDossierFile,
  withdrawAttestation,
} from './nominations-files.service'
import { allocateQuota, listQuotas } from './nominations-quota.service'
import { grantDossierExtension } from './nominations-extensions.service'

const read = { kind: 'permission', permission: 'nominations:read', scope: 'actor-subtree' } as const
const propose = {
  kind: 'permission',
  permission: 'nominations:propose',
  scope: 'actor-subtree',
} as const

async function readUpload(request: FastifyRequest) {
  const { fileName, buffer } = await readFileUpload(request, DOSSIER_MAX_BYTES)
  return { filename: fileName, bytes: new Uint8Array(buffer) }
}

export const nominationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/nominations',
    access: {
      kind: 'permission',
      permission: 'nominations:read',
      scope: { unitIn: 'query', field: 'unitId' },
    },
    schemas: { query: ListNominationsQuery },
    handler: ({ deps, actor, query }) => searchNominations(deps, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/nominations',
    access: propose,
    schemas: { params: PlanParams, body: CreateNominationInput },
    handler: ({ deps, actor, params, body }) => createNomination(deps, actor, params.planId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/nominations/:id',
    access: read,
    schemas: { params: NominationParams },
    handler: ({ deps, actor, params }) => getNomination(deps, actor, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/nominations/:id',
    access: propose,
    schemas: { params: NominationParams, body: UpdateNominationInput },
    handler: ({ deps, actor, params, body }) => updateNominationDraft(deps, actor, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/nominations/:id/actions',
    // Each action's own permission (propose, appraise…) is checked by the service.
    access: read,
    schemas: { params: NominationParams, body: NominationActionInput },
    handler: async ({ deps, actor, params, body }) => {
      await applyNominationAction(deps, actor, params.id, body)
      return getNomination(deps, actor, params.id)
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/nominations/:id/files',
    access: propose,
    schemas: { params: NominationParams, query: UploadQuery },
    rawBody: true,
    handler: async ({ deps, actor, params, query, request }) =>
      uploadDossierFile(deps, actor, params.id, query, await readUpload(request)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/nominations/:id/files/:fileId',
    access: read,
    schemas: { params: FileParams },
    handler: async ({ deps, actor, params, reply }) => {
      const file = await readDossierFile(deps, actor, params.id, params.fileId)
      const ascii = file.filename
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/"/g, '')
      return reply
        .header('content-type', file.mime)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .send(Buffer.from(file.bytes))
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/nominations/:id/files/:fileId',
    access: propose,
    schemas: { params: FileParams },
    handler: ({ deps, actor, params }) => deleteDossierFile(deps, actor, params.id, params.fileId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/nominations/:id/attestations',
    access: propose,
    schemas: { params: NominationParams, body: AttestInput },
    handler: async ({ deps, actor, params, body }) => {
      await attestCondition(deps, actor, params.id, body)
      return getNomination(deps, actor, params.id)
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/nominations/:id/attestations',
    access: propose,
    schemas: { params: NominationParams, query: AttestationQuery },
    handler: ({ deps, actor, params, query }) =>
      withdrawAttestation(deps, actor, params.id, query.conditionKey),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/quotas',
    access: { kind: 'permission', permission: 'nominations:read', scope: 'none' },
    schemas: { params: PlanParams, query: QuotaQuery },
    handler: ({ deps, params, query }) => listQuotas(deps, params.planId, query),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/quotas',
    access: { kind: 'permission', permission: 'quotas:allocate', scope: 'actor-subtree' },
    schemas: { params: PlanParams, body: AllocateInput },
    handler: ({ deps, actor, params, body }) => allocateQuota(deps, actor, params.planId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/nominations/extensions',
    access: { kind: 'permission', permission: 'nominations:appraise', scope: 'actor-subtree' },
    schemas: { params: PlanParams, body: ExtensionInput },
    handler: ({ deps, actor, params, body }) =>
      grantDossierExtension(deps, actor, params.planId, body),
  }),
]
