import { Alert } from 'antd'
import { ERROR_MESSAGES } from '@antq/core'
import { isApiError } from '../../api/client'

/** The server's message (and its details, e.g. each unmet condition) for a failed call. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  if (!error) return null
  const message = error instanceof Error ? error.message : ERROR_MESSAGES.INTERNAL
  const details = isApiError(error) ? error.details : []
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={message}
      description={
        details.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {details.map((detail, index) => (
              <li key={index}>{detail.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  )
}
