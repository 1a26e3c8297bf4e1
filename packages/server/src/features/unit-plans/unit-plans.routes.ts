// Routes of unit plans (issue 11 item 3): the list per plan, sending (file or child plan),
// the plan owner's review, extensions, and the file's download.
import { UNIT_PLAN_MAX_BYTES } from '@antq/core'
import type { FastifyRequest } from 'fastify'
import { readUpload as readFileUpload } from '../../http/upload'
import { defineRoute, type RouteSpec } from '../../http/route'
import { grantUnitPlanExtension } from './unit-plans-extensions.service'
import {
  ChildPlanInput,
  DeadlineParams,
  FileParams,
  PlanParams,
  ReviewInput,
  UnitParams,
  UnitPlanExtensionInput,
} from './unit-plans.schemas'
import { listUnitPlans, readUnitPlanFile } from './unit-plans.service'
import { reviewUnitPlan, submitUnitPlan } from './unit-plans-write.service'

const submit = {
  kind: 'permission',
  permission: 'campaign:report',
  scope: { unitIn: 'params', field: 'unitId' },
} as const
const read = { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' } as const

async function readUpload(request: FastifyRequest) {
  const { fileName, buffer } = await readFileUpload(request, UNIT_PLAN_MAX_BYTES)
  return { fileName: fileName.slice(0, 255), bytes: new Uint8Array(buffer) }
}

export const unitPlanRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/unit-plans',
    access: read,
    schemas: { params: PlanParams },
    handler: ({ deps, actor, params }) => listUnitPlans(deps, actor, params.planId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/unit-plans/:deadlineId/:unitId/file',
    access: submit,
    schemas: { params: UnitParams },
    rawBody: true,
    handler: async ({ deps, actor, params, request }) =>
      submitUnitPlan(deps, actor, params, { kind: 'file', ...(await readUpload(request)) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/unit-plans/:deadlineId/:unitId',
    access: submit,
    schemas: { params: UnitParams, body: ChildPlanInput },
    handler: ({ deps, actor, params, body }) =>
      submitUnitPlan(deps, actor, params, { kind: 'child', childPlanId: body.childPlanId }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/unit-plans/:deadlineId/:unitId/actions',
    access: {
      kind: 'permission',
      permission: 'campaign:review',
      scope: { unitIn: 'params', field: 'unitId' },
    },
    schemas: { params: UnitParams, body: ReviewInput },
    handler: ({ deps, actor, params, body }) => reviewUnitPlan(deps, actor, params, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/unit-plans/:deadlineId/extensions',
    access: { kind: 'permission', permission: 'campaign:review', scope: 'actor-subtree' },
    schemas: { params: DeadlineParams, body: UnitPlanExtensionInput },
    handler: ({ deps, actor, params, body }) =>
      grantUnitPlanExtension(deps, actor, { ...params, ...body }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/unit-plans/:id/file',
    access: read,
    schemas: { params: FileParams },
    handler: async ({ deps, actor, params, reply }) => {
      const file = await readUnitPlanFile(deps, actor, params.id)
      const ascii = file.fileName
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/"/g, '')
      return reply
        .header('content-type', file.mime)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(Buffer.from(file.bytes))
    },
  }),
]
