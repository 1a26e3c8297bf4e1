import { planJsonSchema } from '@antq/core'
import { sendDownload } from '../../http/download'
import { defineRoute } from '../../http/route'
import {
  ExportQuery,
  PlanActionInput,
  PlanIdParams,
  PlanTextInput,
  SaveDraftInput,
} from './plans.schemas'
import * as plans from './plans.service'
import { exportPlanDocx } from './plans-export.service'

// Plans are public documents of their issuer: reading touches no unit's data.
const read = { kind: 'permission', permission: 'plans:read', scope: 'none' } as const
const write = { kind: 'permission', permission: 'plans:write', scope: 'actor-subtree' } as const

export const planRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans',
    access: read,
    handler: ({ deps }) => plans.listPlans(deps),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/schema',
    access: { kind: 'permission', permission: 'plans:read', scope: 'none' },
    handler: () => Promise.resolve(planJsonSchema()),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/validate',
    access: { kind: 'permission', permission: 'plans:read', scope: 'none' },
    schemas: { body: PlanTextInput },
    handler: ({ body }) => {
      const result = plans.checkPlanText(body.text)
      return Promise.resolve(
        'plan' in result ? { ok: true, errors: [] } : { ok: false, errors: result.errors },
      )
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/import',
    access: write,
    schemas: { body: PlanTextInput },
    handler: ({ deps, actor, body }) => plans.importPlan(deps, actor, body.text),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:id',
    access: read,
    schemas: { params: PlanIdParams },
    handler: ({ deps, actor, params }) => plans.getPlan(deps, actor, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:id/definition',
    access: write,
    schemas: { params: PlanIdParams, body: SaveDraftInput },
    handler: ({ deps, actor, params, body }) =>
      plans.saveDraft(deps, actor, params.id, body.definition, body.reason, body.rowVersion),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:id/actions',
    access: write,
    schemas: { params: PlanIdParams, body: PlanActionInput },
    handler: ({ deps, actor, params, body }) =>
      plans.applyPlanAction(deps, actor, params.id, body.action, body.reason),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:id/export',
    access: read,
    schemas: { params: PlanIdParams, query: ExportQuery },
    handler: async ({ deps, actor, params, query, reply }) => {
      const file =
        query.format === 'docx'
          ? await exportPlanDocx(deps, actor, params.id)
          : await plans.exportPlanYaml(deps, actor, params.id)
      return sendDownload(
        reply,
        'bytes' in file ? file : { fileName: file.fileName, bytes: file.text },
        query.format,
      )
    },
  }),
]
