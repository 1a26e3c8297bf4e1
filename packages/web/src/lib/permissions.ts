// What the signed-in account may do, as the server reports it in `permissions`.
import type { Permission } from '@antq/core'
import type { AccountView } from '../api/types'

export function allows(account: AccountView, permission: Permission): boolean {
  return account.permissions.includes(permission)
}
