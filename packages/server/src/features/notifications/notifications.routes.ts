// Notifications (ADR 029): the signed-in person's own list, settings and marks touch no unit;
// a plan's reminder rules are read with the plan and changed by its owner (checked in the
// service against the plan's issuer); "Nhắc" needs campaign:review over the late unit.
import { defineRoute, type RouteSpec } from '../../http/route'
import { nudgeLateUnit } from './nudge.service'
import {
  ListQuery,
  NotificationParams,
  NudgeBody,
  PlanParams,
  RulesBody,
  SettingsBody,
} from './notifications.schemas'
import * as service from './notifications.service'

const OWN = { kind: 'signed-in', scope: 'none' } as const

export const notificationRoutes: readonly RouteSpec[] = [
  defineRoute({
    method: 'GET',
    url: '/api/notifications',
    access: OWN,
    schemas: { query: ListQuery },
    handler: ({ deps, actor, query }) => service.listMine(deps, actor, query.limit),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/:id/read',
    access: OWN,
    schemas: { params: NotificationParams },
    handler: ({ deps, actor, params }) => service.markMineRead(deps, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/read-all',
    access: OWN,
    handler: ({ deps, actor }) => service.markMineRead(deps, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/me/notification-settings',
    access: OWN,
    handler: ({ deps, actor }) => service.readSettings(deps, actor),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/me/notification-settings',
    access: OWN,
    schemas: { body: SettingsBody },
    handler: ({ deps, actor, body }) => service.saveSettings(deps, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:id/reminder-rules',
    access: { kind: 'permission', permission: 'plans:read', scope: 'none' },
    schemas: { params: PlanParams },
    handler: ({ deps, params }) => service.readRules(deps, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:id/reminder-rules',
    access: { kind: 'permission', permission: 'campaign:review', scope: 'actor-subtree' },
    schemas: { params: PlanParams, body: RulesBody },
    handler: ({ deps, actor, params, body }) => service.saveRules(deps, actor, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:id/nudges',
    access: { kind: 'permission', permission: 'campaign:review', scope: 'actor-subtree' },
    schemas: { params: PlanParams, body: NudgeBody },
    handler: ({ deps, actor, params, body }) => nudgeLateUnit(deps, actor, params.id, body),
  }),
]
