import { defineRoute } from '../../http/route'
import {
  ChildrenQuery,
  SearchQuery,
  UnitIdParams,
  UpdateUnitInput,
  VersionQuery,
} from './units.schemas'
import * as units from './units.service'

const byId = { unitIn: 'params', field: 'id' } as const

export const unitRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/units/versions',
    access: { kind: 'permission', permission: 'units:read', scope: 'none' },
    handler: ({ deps }) => units.listVersions(deps),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/units/roots',
    access: { kind: 'permission', permission: 'units:read', scope: 'actor-subtree' },
    schemas: { query: VersionQuery },
    handler: ({ deps, actor, query }) => units.listRoots(deps, actor, query.version),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/units/search',
    access: { kind: 'permission', permission: 'units:read', scope: 'actor-subtree' },
    schemas: { query: SearchQuery },
    handler: ({ deps, actor, query }) => units.searchUnits(deps, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/units/:id',
    access: { kind: 'permission', permission: 'units:read', scope: byId },
    schemas: { params: UnitIdParams },
    handler: ({ deps, actor, params }) => units.getUnit(deps, actor, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/units/:id/children',
    access: { kind: 'permission', permission: 'units:read', scope: byId },
    schemas: { params: UnitIdParams, query: ChildrenQuery },
    handler: ({ deps, params, query }) => units.listUnitChildren(deps, params.id, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/units/:id/history',
    access: { kind: 'permission', permission: 'units:read', scope: byId },
    schemas: { params: UnitIdParams },
    handler: ({ deps, params }) => units.getUnitHistory(deps, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/units/:id',
    access: { kind: 'permission', permission: 'units:write', scope: byId },
    schemas: { params: UnitIdParams, body: UpdateUnitInput },
    handler: ({ deps, actor, params, body }) => units.updateUnit(deps, actor, params.id, body),
  }),
]
