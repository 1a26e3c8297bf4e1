import { Button, Result } from 'antd'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage } from './NotFoundPage'
import { messages } from '../messages/vi'

/** The router's error element: unknown routes and failures while loading a page's code. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return (
    <Result
      status="error"
      title={messages.errors.unexpectedTitle}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {messages.errors.reload}
        </Button>
      }
    />
  )
}
