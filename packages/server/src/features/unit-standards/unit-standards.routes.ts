// Routes of the unit standards (issue 12 item 5): a unit's records, a record added, a record
// corrected, and the records of a scope's units.
import { defineRoute } from '../../http/route'
import {
  CorrectStandardInput,
  CreateStandardInput,
  RecordParams,
  ScopeQuery,
  UnitParams,
} from './unit-standards.schemas'
import {
  correctStandard,
  listScope,
  listUnitStandards,
  recordStandard,
} from './unit-standards.service'

// The unit in the URL is checked against the actor's subtree before the handler runs; the
// service then tells a level above (recognitions) from the unit's own staff.
const onUnit = {
  kind: 'permission',
  permission: 'campaign:read',
  scope: { unitIn: 'params', field: 'unitId' },
} as const
const BASE = '/api/units/:unitId/standards'

export const unitStandardsRoutes = [
  defineRoute({
    method: 'GET',
    url: BASE,
    access: onUnit,
    schemas: { params: UnitParams },
    handler: ({ deps, actor, params }) => listUnitStandards(deps, actor, params.unitId),
  }),
  defineRoute({
    method: 'GET',
    url: `${BASE}/scope`,
    access: onUnit,
    schemas: { params: UnitParams, query: ScopeQuery },
    handler: ({ deps, params, query }) => listScope(deps, params.unitId, query.kind),
  }),
  defineRoute({
    method: 'POST',
    url: BASE,
    access: onUnit,
    schemas: { params: UnitParams, body: CreateStandardInput },
    handler: ({ deps, actor, params, body }) => recordStandard(deps, actor, params.unitId, body),
  }),
  defineRoute({
    method: 'PUT',
    url: `${BASE}/:standardId`,
    access: onUnit,
    schemas: { params: RecordParams, body: CorrectStandardInput },
    handler: ({ deps, actor, params, body }) => correctStandard(deps, actor, params, body),
  }),
]
