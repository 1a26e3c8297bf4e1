import type { ReactNode } from 'react'
import { Empty, Flex } from 'antd'
import { messages } from '../../messages/vi'

/** A plan section's elements one under another, or a note when the plan has none. */
export function SectionList<T>({
  items,
  render,
}: {
  items: readonly T[]
  render: (item: T, index: number) => ReactNode
}) {
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={messages.plan.sectionEmpty} />
  return (
    <Flex vertical gap={12}>
      {items.map(render)}
    </Flex>
  )
}
