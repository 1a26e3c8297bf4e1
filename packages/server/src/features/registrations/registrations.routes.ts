import { sendDownload } from '../../http/download'
import type { FastifyRequest } from 'fastify'
import { readUpload as readFileUpload } from '../../http/upload'
import { defineRoute, type RouteSpec } from '../../http/route'
import { importRegistrationFile, renderTemplate } from './registrations-file.service'
import { MAX_REGISTRATION_FILE_BYTES } from './registrations-file.reader'
import {
  ExtensionInput,
  ImportQuery,
  ListQuery,
  PlanParams,
  RegisterInput,
  YearQuery,
} from './registrations.schemas'
import { grantExtension } from './registrations-extensions.service'
import { listRegistrations } from './registrations.service'
import { registerUnits } from './registrations-write.service'

// Registering needs campaign:report (own units) or campaign:review (plan owners): the service
// checks either, and every unit against the actor's subtree.
const register = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: 'actor-subtree',
} as const

async function readUpload(request: FastifyRequest) {
  const { fileName, buffer } = await readFileUpload(request, MAX_REGISTRATION_FILE_BYTES)
  return { fileName, bytes: buffer }
}

// Routes of the registrations feature (issue "Running the campaign").
export const registrationRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/registrations',
    access: {
      kind: 'permission',
      permission: 'campaign:read',
      scope: { unitIn: 'query', field: 'unitId' },
    },
    schemas: { params: PlanParams, query: ListQuery },
    handler: ({ deps, actor, params, query }) =>
      listRegistrations(deps, actor, {
        planId: params.planId,
        year: query.year,
        unitId: query.unitId,
      }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/registrations',
    access: register,
    schemas: { params: PlanParams, body: RegisterInput },
    handler: ({ deps, actor, params, body }) =>
      registerUnits(deps, actor, { planId: params.planId, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/extensions',
    access: { kind: 'permission', permission: 'campaign:review', scope: 'actor-subtree' },
    schemas: { params: PlanParams, body: ExtensionInput },
    handler: ({ deps, actor, params, body }) =>
      grantExtension(deps, actor, {
        planId: params.planId,
        year: body.year,
        unitIds: body.unitIds,
        until: body.until,
        reason: body.reason,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/registrations/template',
    access: { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' },
    schemas: { params: PlanParams, query: YearQuery },
    handler: async ({ deps, actor, params, query, reply }) => {
      const file = await renderTemplate(deps, actor, params.planId, query.year)
      return sendDownload(reply, file, 'xlsx')
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/registrations/import',
    access: register,
    schemas: { params: PlanParams, query: ImportQuery },
    rawBody: true,
    handler: async ({ deps, actor, params, query, request }) => {
      const upload = await readUpload(request)
      return importRegistrationFile(deps, actor, {
        planId: params.planId,
        year: query.year,
        dryRun: query.dryRun,
        ...upload,
      })
    },
  }),
]
