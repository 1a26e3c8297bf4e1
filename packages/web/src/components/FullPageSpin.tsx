import { Flex, Spin } from 'antd'
import { messages } from '../messages/vi'

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={messages.app.loading} />
    </Flex>
  )
}
