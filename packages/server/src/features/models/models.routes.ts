// Routes of the model register (issue 12 item 1): a unit's models for a year, one model, a model
// registered, edited, dissolved or replaced, its yearly plan and its periodic reviews.
import { defineRoute } from '../../http/route'
import {
  CreateModelInput,
  EndModelInput,
  ModelParams,
  PlanParams,
  ReviewParams,
  SaveReviewInput,
  SavePlanInput,
  UnitParams,
  UpdateModelInput,
  YearQuery,
} from './models.schemas'
import { createModel, endModel, getModel, listUnitModels, updateModel } from './models.service'
import { savePlan, saveReview } from './models-reviews.service'

// The unit in the URL is checked against the actor's subtree before the handler runs; a model
// route checks the model's host unit in the service (loadModel).
const onUnit = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'params', field: 'unitId' },
} as const
const onModel = { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' } as const

export const modelRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/units/:unitId/models',
    access: onUnit,
    schemas: { params: UnitParams, query: YearQuery },
    handler: ({ deps, actor, params, query }) =>
      listUnitModels(deps, actor, params.unitId, query.year),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/units/:unitId/models',
    access: onUnit,
    schemas: { params: UnitParams, body: CreateModelInput },
    handler: ({ deps, actor, params, body }) => createModel(deps, actor, params.unitId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/models/:id',
    access: onModel,
    schemas: { params: ModelParams, query: YearQuery },
    handler: ({ deps, actor, params, query }) => getModel(deps, actor, params.id, query.year),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/models/:id',
    access: onModel,
    schemas: { params: ModelParams, body: UpdateModelInput },
    handler: ({ deps, actor, params, body }) => updateModel(deps, actor, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/models/:id/end',
    access: onModel,
    schemas: { params: ModelParams, body: EndModelInput },
    handler: ({ deps, actor, params, body }) => endModel(deps, actor, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/models/:id/plans/:year',
    access: onModel,
    schemas: { params: PlanParams, body: SavePlanInput },
    handler: ({ deps, actor, params, body }) => savePlan(deps, actor, params.id, params.year, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/models/:id/reviews/:year/:period',
    access: onModel,
    schemas: { params: ReviewParams, body: SaveReviewInput },
    handler: ({ deps, actor, params, body }) => saveReview(deps, actor, params, body),
  }),
]
