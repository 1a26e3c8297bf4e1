// Inspections under a plan. Their unit is the plan's issuer (writes: campaign:review over it)
// or an inspected unit (reads: campaign:read over it); the services check both, so every route
// declares the actor's subtree as its scope.
import { sendDownload } from '../../http/download'
import { defineRoute, type RouteSpec } from '../../http/route'
import {
  ActionInput,
  ActionParams,
  ActionStatusInput,
  FindingsInput,
  InspectionInput,
  InspectionParams,
  InspectionPatch,
  MembersInput,
  MinutesQuery,
  PlanParams,
  StatusInput,
  UnitInput,
  UnitParams,
  VisitInput,
} from './inspections.schemas'
import {
  changeInspectionStatus,
  createInspection,
  replaceInspectionMembers,
  updateInspection,
} from './inspections.service'
import { getInspection, getUnitChecklist, listPlanInspections } from './inspections-read.service'
import { renderInspectionMinutes } from './inspections-minutes.service'
import {
  addFollowUpAction,
  addInspectedUnit,
  recordFindings,
  recordVisit,
  setFollowUpStatus,
} from './inspections-units.service'

const review = {
  kind: 'permission',
  permission: 'campaign:review',
  scope: 'actor-subtree',
} as const
const read = { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' } as const
const one = '/api/inspections/:inspectionId'

export const inspectionRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/inspections',
    access: read,
    schemas: { params: PlanParams },
    handler: ({ deps, actor, params }) => listPlanInspections(deps, actor, params.planId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:planId/inspections',
    access: review,
    schemas: { params: PlanParams, body: InspectionInput },
    handler: ({ deps, actor, params, body }) => createInspection(deps, actor, params.planId, body),
  }),
  defineRoute({
    method: 'GET',
    url: one,
    access: read,
    schemas: { params: InspectionParams },
    handler: ({ deps, actor, params }) => getInspection(deps, actor, params.inspectionId),
  }),
  defineRoute({
    method: 'PATCH',
    url: one,
    access: review,
    schemas: { params: InspectionParams, body: InspectionPatch },
    handler: ({ deps, actor, params, body }) =>
      updateInspection(deps, actor, params.inspectionId, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/status`,
    access: review,
    schemas: { params: InspectionParams, body: StatusInput },
    handler: ({ deps, actor, params, body }) =>
      changeInspectionStatus(deps, actor, params.inspectionId, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${one}/members`,
    access: review,
    schemas: { params: InspectionParams, body: MembersInput },
    handler: ({ deps, actor, params, body }) =>
      replaceInspectionMembers(deps, actor, params.inspectionId, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/units`,
    access: review,
    schemas: { params: InspectionParams, body: UnitInput },
    handler: ({ deps, actor, params, body }) =>
      addInspectedUnit(deps, actor, params.inspectionId, body.unitId),
  }),
  defineRoute({
    method: 'PUT',
    url: `${one}/units/:unitId`,
    access: review,
    schemas: { params: UnitParams, body: VisitInput },
    handler: ({ deps, actor, params, body }) => recordVisit(deps, actor, params, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${one}/units/:unitId/checklist`,
    access: read,
    schemas: { params: UnitParams },
    handler: ({ deps, actor, params }) => getUnitChecklist(deps, actor, params),
  }),
  defineRoute({
    method: 'PUT',
    url: `${one}/units/:unitId/findings`,
    access: review,
    schemas: { params: UnitParams, body: FindingsInput },
    handler: ({ deps, actor, params, body }) => recordFindings(deps, actor, params, body.findings),
  }),
  defineRoute({
    method: 'GET',
    url: `${one}/units/:unitId/minutes`,
    access: read,
    schemas: { params: UnitParams, query: MinutesQuery },
    handler: async ({ deps, actor, params, query, reply }) => {
      const file = await renderInspectionMinutes(deps, actor, params, query.format)
      return sendDownload(reply, file, file.format)
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/actions`,
    access: review,
    schemas: { params: InspectionParams, body: ActionInput },
    handler: ({ deps, actor, params, body }) =>
      addFollowUpAction(deps, actor, params.inspectionId, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${one}/actions/:actionId`,
    access: review,
    schemas: { params: ActionParams, body: ActionStatusInput },
    handler: ({ deps, actor, params, body }) => setFollowUpStatus(deps, actor, params, body.status),
  }),
]
