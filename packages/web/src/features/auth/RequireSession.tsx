import { lazy, Suspense } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Outlet } from 'react-router'
import { isApiError } from '../../api/client'
import { FullPageSpin } from '../../components/FullPageSpin'
import { fetchSession, sessionQueryKey } from './auth-api'
import { AccountContext } from './use-account'

// Loaded only when the session cannot be read: the first screen does not carry antd's Result.
const ErrorResult = lazy(() =>
  import('../../components/ErrorResult').then((module) => ({ default: module.ErrorResult })),
)

/** Loads the session (and its CSRF token) before any signed-in page renders. */
export function RequireSession() {
  const session = useQuery({
    queryKey: sessionQueryKey,
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
    retry: false,
  })
  if (session.isPending) return <FullPageSpin />
  if (session.isError) {
    // A 401 has already sent the browser to the login page (see api/client.ts).
    if (isApiError(session.error) && session.error.status === 401) return <FullPageSpin />
    return (
      <Suspense fallback={<FullPageSpin />}>
        <ErrorResult error={session.error} onRetry={() => void session.refetch()} />
      </Suspense>
    )
  }
  return (
    <AccountContext value={session.data}>
      <Outlet />
    </AccountContext>
  )
}
