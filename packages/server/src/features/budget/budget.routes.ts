// Routes of the budget feature (issue 11 item 6): the plan's budget page data, an estimating
// unit's estimate, the approval workflow, spending with its document, and the XLSX table.
import { BUDGET_ATTACHMENT_MAX_BYTES } from '@antq/core'
import type { FastifyRequest } from 'fastify'
import { sendDownload } from '../../http/download'
import { readUpload as readFileUpload } from '../../http/upload'
import { defineRoute } from '../../http/route'
import { actOnEstimate, saveEstimate } from './budget-estimates.service'
import { exportBudget } from './budget-export.service'
import { readBudget } from './budget-read.service'
import { downloadBudgetFile, recordSpending, uploadBudgetFile } from './budget-spending.service'
import {
  EstimateActionInput,
  EstimateInput,
  EstimateParams,
  FileParams,
  PlanParams,
  SpendingInput,
  UnitParams,
  YearQuery,
} from './budget.schemas'

// The estimating unit in the URL is checked against the actor's subtree before the handler.
const onUnit = {
  kind: 'permission',
  permission: 'campaign:report',
  scope: { unitIn: 'params', field: 'unitId' },
} as const
// Reads filter by scope in the service; an approver reads the estimates of the lines it approves.
const onPlan = { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' } as const

async function readUpload(request: FastifyRequest) {
  const { fileName, buffer } = await readFileUpload(request, BUDGET_ATTACHMENT_MAX_BYTES)
  return { filename: fileName, bytes: new Uint8Array(buffer) }
}

export const budgetRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/budget',
    access: onPlan,
    schemas: { params: PlanParams, query: YearQuery },
    handler: ({ deps, actor, params, query }) => readBudget(deps, actor, params.planId, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/budget/export',
    access: onPlan,
    schemas: { params: PlanParams, query: YearQuery },
    handler: async ({ deps, actor, params, query, reply }) =>
      sendDownload(reply, await exportBudget(deps, actor, params.planId, query.year), 'xlsx'),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/budget/units/:unitId/estimates',
    access: onUnit,
    schemas: { params: UnitParams, body: EstimateInput },
    handler: async ({ deps, actor, params, body }) => ({
      id: await saveEstimate(deps, actor, params, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/budget/estimates/:estimateId/actions',
    // Submit: the estimate's unit (campaign:report over it); approve/return: the line's approver
    // or the plan's owner. Both checked by the service.
    access: onPlan,
    schemas: { params: EstimateParams, body: EstimateActionInput },
    handler: async ({ deps, actor, params, body }) => {
      await actOnEstimate(deps, actor, params, body)
      return { ok: true }
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/budget/estimates/:estimateId/spending',
    // The estimate's unit must lie in the actor's subtree (checked by the service).
    access: { kind: 'permission', permission: 'campaign:report', scope: 'actor-subtree' },
    schemas: { params: EstimateParams, body: SpendingInput },
    handler: async ({ deps, actor, params, body }) => ({
      id: await recordSpending(deps, actor, params, body),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/budget/units/:unitId/files',
    access: onUnit,
    schemas: { params: UnitParams },
    rawBody: true,
    handler: async ({ deps, actor, params, request }) =>
      uploadBudgetFile(deps, actor, params, await readUpload(request)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/budget/files/:fileId',
    access: onPlan,
    schemas: { params: FileParams },
    handler: async ({ deps, actor, params, reply }) => {
      const file = await downloadBudgetFile(deps, actor, params)
      return reply
        .header('content-type', file.mime)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(Buffer.from(file.bytes))
    },
  }),
]
