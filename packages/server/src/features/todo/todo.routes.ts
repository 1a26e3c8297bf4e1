// GET /api/todo: the signed-in account's to-do home. Every role reads campaign data; the service
// reads only the plans and units within the actor's scope (own subtree and merged legacy ones).
import { defineRoute, type RouteSpec } from '../../http/route'
import { getTodo } from './todo.service'

export const todoRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/todo',
    access: { kind: 'permission', permission: 'campaign:read', scope: 'actor-subtree' },
    handler: ({ deps, actor }) => getTodo(deps, actor),
  }),
]
