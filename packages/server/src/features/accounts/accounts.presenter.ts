import { ROLE_PERMISSIONS, type Permission, type Role } from '@antq/core'
import type { AccountRecord } from './accounts.repository'

export type AccountView = {
  id: number
  username: string
  fullName: string
  roles: Role[]
  scopeUnit: { id: number; code: string; name: string; kind: string } | null
  active: boolean
  lastLoginAt: string | null
  permissions: Permission[]
}

export function presentAccount(record: AccountRecord): AccountView {
  const roles = record.roles as Role[]
  const permissions = [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []))]
  return {
    id: record.id,
    username: record.username,
    fullName: record.full_name,
    roles,
    scopeUnit:
      record.scope_unit_id !== null && record.scope_code !== null
        ? {
            id: record.scope_unit_id,
            code: record.scope_code,
            name: record.scope_name ?? '',
            kind: record.scope_kind ?? '',
          }
        : null,
    active: record.active,
    lastLoginAt: record.last_login_at ? record.last_login_at.toISOString() : null,
    permissions,
  }
}
