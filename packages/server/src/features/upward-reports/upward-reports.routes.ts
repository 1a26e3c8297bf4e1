// Routes of upward reports (issue 11 item 4): a unit's obligations and late reports, one
// report (read, save the written sections, send, receive, return), its DOCX/PDF, and the
// lower levels' reports a recipient expects.
import { sendDownload } from '../../http/download'
import { defineRoute, type RouteSpec } from '../../http/route'
import { renderUpwardReport } from './upward-reports-document.service'
import { applyUpwardReportAction, saveUpwardReport } from './upward-reports-write.service'
import { getUpwardReport, listLowerReports, listUnitObligations } from './upward-reports.service'
import {
  DocumentQuery,
  OccurrenceParams,
  PlanParams,
  RecipientQuery,
  ReportParams,
  SaveSectionsInput,
  UnitQuery,
  UpwardReportActionInput,
} from './upward-reports.schemas'

// The unit in the URL (reporter) or query (recipient) is checked against the actor's subtree;
// the service then decides between the reporting side and the receiving side.
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
const REPORT_URL = '/api/plans/:planId/upward-reports/:obligationId/:periodKey/units/:unitId'

export const upwardReportRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/upward-reports',
    access: onQueryUnit,
    schemas: { params: PlanParams, query: UnitQuery },
    handler: ({ deps, params, query }) =>
      listUnitObligations(deps, { planId: params.planId, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/upward-reports/:obligationId/:periodKey/lower',
    access: onQueryUnit,
    schemas: { params: OccurrenceParams, query: RecipientQuery },
    handler: ({ deps, params, query }) => listLowerReports(deps, { ...params, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: REPORT_URL,
    access: onUnit,
    schemas: { params: ReportParams },
    handler: ({ deps, actor, params }) => getUpwardReport(deps, actor, params),
  }),
  defineRoute({
    method: 'PUT',
    url: REPORT_URL,
    access: onUnit,
    schemas: { params: ReportParams, body: SaveSectionsInput },
    handler: async ({ deps, actor, params, body }) => {
      await saveUpwardReport(deps, actor, params, body)
      return getUpwardReport(deps, actor, params)
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${REPORT_URL}/actions`,
    access: onUnit,
    schemas: { params: ReportParams, body: UpwardReportActionInput },
    handler: async ({ deps, actor, params, body }) => {
      await applyUpwardReportAction(deps, actor, params, body)
      return getUpwardReport(deps, actor, params)
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${REPORT_URL}/document`,
    access: onUnit,
    schemas: { params: ReportParams, query: DocumentQuery },
    handler: async ({ deps, actor, params, query, reply }) => {
      const file = await renderUpwardReport(deps, actor, params, query.format)
      return sendDownload(reply, file, query.format)
    },
  }),
]
