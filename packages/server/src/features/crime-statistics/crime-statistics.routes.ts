// Routes of the crime statistics (issue 12 item 4): a unit's year, a month entered, a month
// corrected after its lock, and the XLSX template and its import.
import { defineRoute } from '../../http/route'
import { sendDownload } from '../../http/download'
import { readUpload } from './crime-statistics-upload'
import { importStatistics } from './crime-statistics-import.service'
import {
  CorrectMonthInput,
  ImportQuery,
  MonthParams,
  SaveMonthInput,
  UnitParams,
  YearQuery,
} from './crime-statistics.schemas'
import { correctMonth, listStatistics, saveMonth } from './crime-statistics.service'
import { statisticsTemplate } from './crime-statistics-template.service'

// The unit in the URL is checked against the actor's subtree before the handler runs; the
// service then tells the unit's police (campaign:report) from the plan owner (campaign:review).
const onUnit = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'params', field: 'unitId' },
} as const
const BASE = '/api/units/:unitId/crime-statistics'

export const crimeStatisticsRoutes = [
  defineRoute({
    method: 'GET',
    url: BASE,
    access: onUnit,
    schemas: { params: UnitParams, query: YearQuery },
    handler: ({ deps, actor, params, query }) =>
      listStatistics(deps, actor, params.unitId, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: `${BASE}/template`,
    access: onUnit,
    schemas: { params: UnitParams, query: YearQuery },
    handler: async ({ deps, params, query, reply }) =>
      sendDownload(reply, await statisticsTemplate(deps, params.unitId, query.year), 'xlsx'),
  }),
  defineRoute({
    method: 'POST',
    url: `${BASE}/import`,
    access: onUnit,
    schemas: { params: UnitParams, query: ImportQuery },
    rawBody: true,
    handler: async ({ deps, actor, params, query, request }) => {
      const upload = await readUpload(request)
      return importStatistics(deps, actor, { unitId: params.unitId, ...query, ...upload })
    },
  }),
  defineRoute({
    method: 'PUT',
    url: `${BASE}/:month`,
    access: onUnit,
    schemas: { params: MonthParams, body: SaveMonthInput },
    handler: ({ deps, actor, params, body }) => saveMonth(deps, actor, params, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${BASE}/:month/corrections`,
    access: onUnit,
    schemas: { params: MonthParams, body: CorrectMonthInput },
    handler: ({ deps, actor, params, body }) => correctMonth(deps, actor, params, body),
  }),
]
