// Routes of the activity log (issue 12 item 2): a unit's (or a plan scope's) year of activities,
// an activity entered, withdrawn, and its evidence file uploaded and downloaded.
import { DOSSIER_MAX_BYTES } from '@antq/core'
import { z } from 'zod'
import { defineRoute } from '../../http/route'
import { readUpload } from '../crime-statistics/crime-statistics-upload'
import {
  ActivityInput,
  ActivityParams,
  ListQuery,
  UnitParams,
  WithdrawInput,
} from './activities.schemas'
import {
  downloadActivityFile,
  listUnitActivities,
  recordActivity,
  uploadActivityFile,
  withdrawActivity,
} from './activities.service'
import { DB_INT_MAX } from '../../http/bounds'

// The unit in the URL is checked against the actor's subtree before the handler runs; the
// service then tells who may enter (the unit's clerk or the plan owner).
const onUnit = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'params', field: 'unitId' },
} as const
const BASE = '/api/units/:unitId/activities'
const FileParams = z.object({
  unitId: z.coerce.number().int().positive().max(DB_INT_MAX),
  fileId: z.coerce.number().int().positive().max(DB_INT_MAX),
})

export const activitiesRoutes = [
  defineRoute({
    method: 'GET',
    url: BASE,
    access: onUnit,
    schemas: { params: UnitParams, query: ListQuery },
    handler: ({ deps, actor, params, query }) =>
      listUnitActivities(deps, actor, params.unitId, query),
  }),
  defineRoute({
    method: 'POST',
    url: BASE,
    access: onUnit,
    schemas: { params: UnitParams, body: ActivityInput },
    handler: ({ deps, actor, params, body }) => recordActivity(deps, actor, params.unitId, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${BASE}/:activityId/withdraw`,
    access: onUnit,
    schemas: { params: ActivityParams, body: WithdrawInput },
    handler: ({ deps, actor, params, body }) => withdrawActivity(deps, actor, params, body.reason),
  }),
  defineRoute({
    method: 'POST',
    url: `/api/units/:unitId/activity-files`,
    access: onUnit,
    schemas: { params: UnitParams },
    rawBody: true,
    handler: async ({ deps, actor, params, request }) =>
      uploadActivityFile(deps, actor, params.unitId, await readUpload(request, DOSSIER_MAX_BYTES)),
  }),
  defineRoute({
    method: 'GET',
    url: `/api/units/:unitId/activity-files/:fileId`,
    access: onUnit,
    schemas: { params: FileParams },
    handler: async ({ deps, actor, params, reply }) => {
      const file = await downloadActivityFile(deps, actor, params)
      return reply
        .header('content-type', file.mime)
        .header(
          'content-disposition',
          `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(Buffer.from(file.bytes))
    },
  }),
]
