import { Button, Result } from 'antd'
import { Link } from 'react-router'
import { useDocumentTitle } from '../hooks/use-document-title'
import { messages } from '../messages/vi'

export function NotFoundPage() {
  useDocumentTitle(messages.errors.notFoundTitle)
  return (
    <Result
      status="404"
      title={messages.errors.notFoundTitle}
      subTitle={messages.errors.notFound}
      extra={
        <Link to="/viec-can-lam">
          <Button type="primary">{messages.errors.goHome}</Button>
        </Link>
      }
    />
  )
}
