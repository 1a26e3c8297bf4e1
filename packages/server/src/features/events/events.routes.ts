// Routes of the events a plan orders (issue 12 item 3): a plan's events of a year with who has
// and has not held them, one record in full, recording one and correcting it, its photos, and the decisions an
// event may hand over. The services check the unit and the plan; every route reads or writes
// inside the actor's subtree.
import { EVENT_LIMITS } from '@antq/core'
import { defineRoute, type RouteSpec } from '../../http/route'
import { readUpload } from '../crime-statistics/crime-statistics-upload'
import {
  getEvent,
  getEventPhoto,
  listEventDecisions,
  listPlanEventOverview,
} from './events-read.service'
import { correctEvent } from './events-correct.service'
import {
  CorrectEventInput,
  DecisionsQuery,
  EventParams,
  PhotoParams,
  PlanParams,
  RecordEventInput,
  YearQuery,
} from './events.schemas'
import { addEventPhoto, recordEvent } from './events.service'

const read = { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' } as const

export const eventRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/events',
    access: read,
    schemas: { params: PlanParams, query: YearQuery },
    handler: ({ deps, actor, params, query }) =>
      listPlanEventOverview(deps, actor, params.planId, query.year),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/events',
    access: read,
    schemas: { params: PlanParams, body: RecordEventInput },
    handler: ({ deps, actor, params, body }) => recordEvent(deps, actor, params.planId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/event-decisions',
    access: { ...read, scope: { unitIn: 'query', field: 'unitId' } },
    schemas: { query: DecisionsQuery },
    handler: ({ deps, actor, query }) => listEventDecisions(deps, actor, query.unitId, query.year),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/events/:eventId',
    access: read,
    schemas: { params: EventParams },
    handler: ({ deps, actor, params }) => getEvent(deps, actor, params.eventId),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/events/:eventId',
    access: read,
    schemas: { params: EventParams, body: CorrectEventInput },
    handler: ({ deps, actor, params, body }) => correctEvent(deps, actor, params.eventId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/events/:eventId/photos',
    access: read,
    schemas: { params: EventParams },
    rawBody: true,
    handler: async ({ deps, actor, params, request }) =>
      addEventPhoto(
        deps,
        actor,
        params.eventId,
        await readUpload(request, EVENT_LIMITS.photoBytes),
      ),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/events/:eventId/photos/:photoId',
    access: read,
    schemas: { params: PhotoParams },
    handler: async ({ deps, actor, params, reply }) => {
      const photo = await getEventPhoto(deps, actor, params.eventId, params.photoId)
      return reply
        .header('content-type', photo.mime)
        .header(
          'content-disposition',
          `inline; filename*=UTF-8''${encodeURIComponent(photo.file_name)}`,
        )
        .send(Buffer.from(photo.bytes))
    },
  }),
]
