import { defineRoute } from '../../http/route'
import { readHealth } from './health.service'

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    access: { kind: 'public' },
    // 503 when the database does not answer or its schema is behind: a load balancer stops
    // sending requests here, and the body says why.
    handler: async ({ deps, reply }) => {
      const health = await readHealth(deps)
      return reply.status(health.status === 'ok' ? 200 : 503).send(health)
    },
  }),
]
