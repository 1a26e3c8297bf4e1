import type { ReactNode } from 'react'
import { Card, Col, Flex, Row, Typography } from 'antd'
import { messages } from '../../messages/vi'
import { EnforcementTag, type Enforcement } from './EnforcementTag'

const m = messages.plan

const QUOTE = {
  margin: '4px 0 0',
  paddingInlineStart: 12,
  borderInlineStart: '3px solid #d9d9d9',
  color: 'rgba(0, 0, 0, 0.75)',
  whiteSpace: 'pre-wrap',
} as const

type Props = {
  source: string
  text: string
  title: ReactNode
  enforcement: Enforcement
  enforcementHint?: string
  children: ReactNode
}

/** One element of a plan: the clause's verbatim text on the left, its machine form on the right. */
export function ClauseCard({ source, text, title, enforcement, enforcementHint, children }: Props) {
  return (
    <Card
      role="article"
      aria-label={typeof title === 'string' ? title : undefined}
      size="small"
      title={title}
      extra={<EnforcementTag kind={enforcement} hint={enforcementHint} />}
      styles={{ title: { whiteSpace: 'normal', paddingBlock: 8 } }}
    >
      <Row gutter={[24, 12]}>
        <Col xs={24} lg={12}>
          <section aria-label={m.verbatim(source)}>
            <Typography.Text type="secondary">{m.verbatim(source)}</Typography.Text>
            <blockquote style={QUOTE}>{text}</blockquote>
          </section>
        </Col>
        <Col xs={24} lg={12}>
          <section aria-label={m.machineForm}>
            <Flex vertical gap={4}>
              <Typography.Text type="secondary">{m.machineForm}</Typography.Text>
              {children}
            </Flex>
          </section>
        </Col>
      </Row>
    </Card>
  )
}
