// Roles, permissions and unit scopes. A person acts within one unit subtree; the check
// is a pure function so the server, the CLI and the web app agree on who may do what.
import { isInSubtree } from '../units/unit'

export const ROLES = ['admin', 'plan_owner', 'unit_clerk', 'council_secretary', 'leader'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  plan_owner: 'Cán bộ Công an (chủ trì kế hoạch)',
  unit_clerk: 'Cán bộ đơn vị',
  council_secretary: 'Thư ký Hội đồng Thi đua – Khen thưởng',
  leader: 'Lãnh đạo',
}

export const PERMISSIONS = [
  'units:read',
  'units:write',
  'units:import',
  'accounts:manage',
  'audit:read',
  'plans:read',
  'plans:write',
  'campaign:read',
  'campaign:report',
  'campaign:review',
  'nominations:read',
  'nominations:propose',
  'nominations:appraise',
  'quotas:allocate',
  'council:manage',
  'decisions:sign',
  'criteria:manage',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** What each role may do, inside its unit subtree. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  plan_owner: [
    'units:read',
    'units:write',
    'units:import',
    'audit:read',
    'plans:read',
    'plans:write',
    'campaign:read',
    'campaign:review',
    'nominations:read',
    'nominations:appraise',
    'quotas:allocate',
  ],
  unit_clerk: [
    'units:read',
    'units:write',
    'plans:read',
    'campaign:read',
    'campaign:report',
    'nominations:read',
    'nominations:propose',
  ],
  council_secretary: [
    'units:read',
    'plans:read',
    'campaign:read',
    'nominations:read',
    'council:manage',
    'audit:read',
  ],
  leader: ['units:read', 'plans:read', 'campaign:read', 'nominations:read', 'decisions:sign'],
}

/** The person acting: roles plus the materialised path of the unit whose subtree they may touch. */
export type Actor = {
  accountId: number
  username: string
  roles: readonly Role[]
  /** null only for a system-wide administrator. */
  scopePath: string | null
  /**
   * The legacy subtrees merged into the scope by the 2025 reform (unit_merges, full or partial):
   * their plans and campaign data are readable, never writable (ADR 011). Empty when absent.
   */
  legacyScopePaths?: readonly string[]
}

/**
 * The permissions that reach across the 2025 reform: reading a plan, its campaign (targets,
 * registrations, reports, evaluations) and its nominations with their documents. The unit
 * register (`units:read`), the audit log and every write stay inside the actor's own subtree.
 */
export const READS_ACROSS_REFORM: readonly Permission[] = [
  'plans:read',
  'campaign:read',
  'nominations:read',
]

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission))
}

/** Whether the actor's scope covers a unit given by its path. */
export function isInScope(actor: Actor, unitPath: string): boolean {
  return actor.scopePath === null || isInSubtree(unitPath, actor.scopePath)
}

/** Whether the unit lies in the actor's subtree or in a legacy subtree merged into it. */
export function isInReadScope(actor: Actor, unitPath: string): boolean {
  if (isInScope(actor, unitPath)) return true
  return (actor.legacyScopePaths ?? []).some((root) => isInSubtree(unitPath, root))
}

/**
 * The subtrees a read of campaign data covers: the actor's own and the legacy ones merged into
 * it; null for a system-wide administrator. For list filters (`path LIKE prefix%`).
 */
export function readScopePaths(actor: Actor): readonly string[] | null {
  if (actor.scopePath === null) return null
  return [actor.scopePath, ...(actor.legacyScopePaths ?? [])]
}

/**
 * The narrowest subtree of `rootPath` (a plan's issuer) the actor reads: the actor's own scope
 * when it meets the root, else the root itself when a merged legacy subtree holds it, else a
 * merged legacy subtree inside the root; undefined when none meets it.
 */
export function readScopeWithin(actor: Actor, rootPath: string): string | undefined {
  for (const scope of readScopePaths(actor) ?? ['']) {
    if (isInSubtree(scope, rootPath)) return scope
    if (isInSubtree(rootPath, scope)) return rootPath
  }
  return undefined
}

/**
 * The one authorisation check: the permission, and (when a target unit is named) the scope.
 * Reads of plans, campaigns and nominations also reach the legacy units merged into the scope.
 * @example can(clerk, 'units:write', commune.path) // false for another commune
 */
export function can(actor: Actor, permission: Permission, unitPath?: string): boolean {
  if (!hasPermission(actor, permission)) return false
  if (unitPath === undefined) return true
  return READS_ACROSS_REFORM.includes(permission)
    ? isInReadScope(actor, unitPath)
    : isInScope(actor, unitPath)
}
