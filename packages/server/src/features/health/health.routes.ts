import { defineRoute } from '../../http/route'
import { readSchemaVersion } from '../../db/migrate'

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    access: { kind: 'public' },
    handler: async ({ deps }) => ({
      status: 'ok',
      database: deps.dbKind,
      schemaVersion: await readSchemaVersion(deps.db),
    }),
  }),
]
