import { Result } from 'antd'
import { ERROR_MESSAGES } from '@antq/core'
import { messages } from '../messages/vi'

/** The 403 a page shows to an account without its permission. */
export function ForbiddenResult() {
  return (
    <Result
      status="403"
      title={messages.errors.forbiddenTitle}
      subTitle={ERROR_MESSAGES.FORBIDDEN}
    />
  )
}
