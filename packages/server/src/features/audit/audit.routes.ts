import { defineRoute } from '../../http/route'
import { ListAuditQuery } from './audit.schemas'
import { searchAudit } from './audit.service'

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    access: { kind: 'permission', permission: 'audit:read', scope: 'actor-subtree' },
    schemas: { query: ListAuditQuery },
    handler: ({ deps, actor, query }) => searchAudit(deps, actor, query),
  }),
]
