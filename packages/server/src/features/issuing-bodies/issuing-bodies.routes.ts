// Routes of an issuing body's signers and legal bases: read by anyone reading the unit's awards,
// written by whoever may edit the unit (its administrator, the plan owner above it).
import { defineRoute } from '../../http/route'
import { BodyParams, SettingsInput } from './issuing-bodies.schemas'
import { getIssuingBody, saveIssuingBody } from './issuing-bodies.service'

const unit = { unitIn: 'params', field: 'unitId' } as const
const URL = '/api/units/:unitId/issuing-bodies/:body'

export const issuingBodyRoutes = [
  defineRoute({
    method: 'GET',
    url: URL,
    access: { kind: 'permission', permission: 'nominations:read', scope: unit },
    schemas: { params: BodyParams },
    handler: ({ deps, params }) => getIssuingBody(deps, params.unitId, params.body),
  }),
  defineRoute({
    method: 'PUT',
    url: URL,
    access: { kind: 'permission', permission: 'units:write', scope: unit },
    schemas: { params: BodyParams, body: SettingsInput },
    handler: ({ deps, actor, params, body }) => saveIssuingBody(deps, actor, params, body),
  }),
]
