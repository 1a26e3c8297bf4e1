import type { ReactNode } from 'react'
import { Result } from 'antd'
import { ERROR_MESSAGES, type Permission } from '@antq/core'
import { useAccount } from '../features/auth/use-account'
import { allows } from '../lib/permissions'
import { messages } from '../messages/vi'

/** Renders the page only when the account holds the permission; otherwise a 403 result. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission
  children: ReactNode
}) {
  const account = useAccount()
  if (allows(account, permission)) return children
  return (
    <Result
      status="403"
      title={messages.errors.forbiddenTitle}
      subTitle={ERROR_MESSAGES.FORBIDDEN}
    />
  )
}
