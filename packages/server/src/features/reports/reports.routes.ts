// Routes of the reports feature (issue "Running the campaign", item 2): periods, a period's
// reports, saving drafts, the workflow, and the workbook export/import.
import type { FastifyRequest } from 'fastify'
import { sendDownload } from '../../http/download'
import { defineRoute } from '../../http/route'
import { readUpload as readFileUpload } from '../../http/upload'
import { MAX_REPORT_IMPORT_BYTES } from './reports-import.reader'
import { importReports } from './reports-import.service'
import { exportReports } from './reports-export.service'
import {
  ImportQuery,
  LateEntryInput,
  PeriodsQuery,
  PlanParams,
  ReportActionInput,
  ReportExtensionInput,
  ReportParams,
  ReportsQuery,
  SaveReportInput,
} from './reports.schemas'
import { listReportPeriods, listReports, reportOf } from './reports.service'
import { applyReportAction, saveReport } from './reports-write.service'
import { grantReportExtension } from './reports-extensions.service'
import { enterLateReport } from './reports-late-entry.service'

// The unit in the URL is checked against the actor's subtree before the handler runs; the
// service then decides between the unit's side (campaign:report) and the reviewer's.
const onUnit = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'params', field: 'unitId' },
} as const
const onQueryUnit = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'query', field: 'unitId' },
} as const

async function readUpload(request: FastifyRequest) {
  const { fileName, buffer } = await readFileUpload(request, MAX_REPORT_IMPORT_BYTES)
  return { fileName, content: buffer }
}

export const reportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/report-periods',
    access: { kind: 'permission', permission: 'campaign:read', scope: 'none' },
    schemas: { params: PlanParams, query: PeriodsQuery },
    handler: ({ deps, params, query }) => listReportPeriods(deps, params.planId, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/reports',
    access: onQueryUnit,
    schemas: { params: PlanParams, query: ReportsQuery },
    handler: ({ deps, actor, params, query }) =>
      listReports(deps, actor, { planId: params.planId, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/reports/export',
    access: onQueryUnit,
    schemas: { params: PlanParams, query: ReportsQuery },
    handler: async ({ deps, actor, params, query, reply }) => {
      const file = await exportReports(deps, actor, { planId: params.planId, ...query })
      return sendDownload(reply, file, 'xlsx')
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/reports/import',
    // Every row's unit is checked against the actor's subtree by the service.
    access: { kind: 'permission', permission: 'campaign:report', scope: 'actor-subtree' },
    schemas: { params: PlanParams, query: ImportQuery },
    rawBody: true,
    handler: async ({ deps, actor, params, query, request }) => {
      const upload = await readUpload(request)
      return importReports(deps, actor, {
        planId: params.planId,
        periodId: query.periodId,
        dryRun: query.dryRun,
        fileName: upload.fileName,
        bytes: upload.content,
      })
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/reports/extensions',
    // Every unit named is checked against the actor's subtree by the service.
    access: { kind: 'permission', permission: 'campaign:review', scope: 'actor-subtree' },
    schemas: { params: PlanParams, body: ReportExtensionInput },
    handler: ({ deps, actor, params, body }) =>
      grantReportExtension(deps, actor, { planId: params.planId, ...body }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:planId/reports/:unitId/:periodId',
    access: onUnit,
    schemas: { params: ReportParams, body: SaveReportInput },
    handler: async ({ deps, actor, params, body }) => {
      await saveReport(deps, actor, params, body)
      return reportOf(deps, actor, params)
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/reports/:unitId/:periodId/actions',
    access: onUnit,
    schemas: { params: ReportParams, body: ReportActionInput },
    handler: async ({ deps, actor, params, body }) => {
      await applyReportAction(deps, actor, params, body)
      return reportOf(deps, actor, params)
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/reports/:unitId/:periodId/late-entry',
    access: onUnit,
    schemas: { params: ReportParams, body: LateEntryInput },
    handler: async ({ deps, actor, params, body }) => {
      await enterLateReport(deps, actor, params, body)
      return reportOf(deps, actor, params)
    },
  }),
]
