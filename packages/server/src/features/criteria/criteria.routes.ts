import { z } from 'zod'
import { defineRoute } from '../../http/route'
import { getCriteriaSet, listCriteriaSets, saveCriteriaSet } from './criteria.service'
import { DB_INT_MAX } from '../../http/bounds'

const KeyParams = z.object({
  key: z
    .string()
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/),
})
const VersionQuery = z.object({
  version: z.coerce.number().int().positive().max(DB_INT_MAX).optional(),
})
const SaveInput = z
  .object({
    definition: z
      .record(z.string().max(60), z.unknown())
      .refine((value) => Object.keys(value).length <= 50, 'Bộ tiêu chí có quá nhiều mục'),
    reason: z.string().trim().min(3, 'Nêu lý do thay đổi').max(500),
  })
  .strict()
const read = { kind: 'permission', permission: 'plans:read', scope: 'none' } as const

export const criteriaRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/criteria-sets',
    access: read,
    handler: ({ deps }) => listCriteriaSets(deps),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/criteria-sets/:key',
    access: read,
    schemas: { params: KeyParams, query: VersionQuery },
    handler: ({ deps, params, query }) => getCriteriaSet(deps, params.key, query.version),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/criteria-sets/:key/versions',
    access: { kind: 'permission', permission: 'criteria:manage', scope: 'none' },
    schemas: { params: KeyParams, body: SaveInput },
    handler: ({ deps, actor, params, body }) =>
      saveCriteriaSet(deps, actor, params.key, body.definition, body.reason),
  }),
]
