import { lazy, Suspense } from 'react'
import { Button, Flex } from 'antd'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { FullPageSpin } from './FullPageSpin'
import { messages } from '../messages/vi'

// Plain markup rather than antd's Result and Typography: this element is part of the first screen's code (and
// must show even when a page's code could not be loaded), Result's pictures are not (ADR 032).
const NotFoundPage = lazy(() =>
  import('./NotFoundPage').then((module) => ({ default: module.NotFoundPage })),
)

/** The router's error element: unknown routes and failures while loading a page's code. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404)
    return (
      <Suspense fallback={<FullPageSpin />}>
        <NotFoundPage />
      </Suspense>
    )
  return (
    <Flex vertical align="center" gap={8} style={{ padding: 48, textAlign: 'center' }}>
      <h1 style={{ fontSize: 24, fontWeight: 600 }}>{messages.errors.unexpectedTitle}</h1>
      {error instanceof Error && <p>{error.message}</p>}
      <Button type="primary" onClick={() => window.location.reload()}>
        {messages.errors.reload}
      </Button>
    </Flex>
  )
}
