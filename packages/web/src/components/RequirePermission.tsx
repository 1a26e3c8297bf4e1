import { lazy, Suspense, type ReactNode } from 'react'
import type { Permission } from '@antq/core'
import { useAccount } from '../features/auth/use-account'
import { allows } from '../lib/permissions'
import { FullPageSpin } from './FullPageSpin'

// Rarely shown: kept out of the first screen's code (ADR 032).
const ForbiddenResult = lazy(() =>
  import('./ForbiddenResult').then((module) => ({ default: module.ForbiddenResult })),
)

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
    <Suspense fallback={<FullPageSpin />}>
      <ForbiddenResult />
    </Suspense>
  )
}
