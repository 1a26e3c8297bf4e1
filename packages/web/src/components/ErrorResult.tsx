import { Button, Result } from 'antd'
import { ERROR_MESSAGES } from '@antq/core'
import { Link } from 'react-router'
import { isApiError } from '../api/client'
import { messages } from '../messages/vi'

type Props = { error: unknown; onRetry?: () => void }

/** A whole-page error: not found, forbidden or anything else, with the server's message. */
export function ErrorResult({ error, onRetry }: Props) {
  const status = isApiError(error) ? error.status : 500
  const text = error instanceof Error ? error.message : ERROR_MESSAGES.INTERNAL
  const home = (
    <Link key="home" to="/viec-can-lam">
      <Button type="primary">{messages.errors.goHome}</Button>
    </Link>
  )
  const retry = onRetry ? (
    <Button key="retry" onClick={onRetry}>
      {messages.app.retry}
    </Button>
  ) : null
  if (status === 404)
    return (
      <Result status="404" title={messages.errors.notFoundTitle} subTitle={text} extra={home} />
    )
  if (status === 403)
    return (
      <Result status="403" title={messages.errors.forbiddenTitle} subTitle={text} extra={home} />
    )
  return (
    <Result
      status="error"
      title={messages.errors.unexpectedTitle}
      subTitle={text}
      extra={[retry, home]}
    />
  )
}
