import { Card, Flex, Typography } from 'antd'
import { messages } from '../../messages/vi'
import type { RegistrationList } from './registrations-api'

const m = messages.registrations.excluded

/** Units the plan does not admit (kind, or an exclusion such as primary schools), with why. */
export function ExcludedPanel({ excluded }: { excluded: RegistrationList['excluded'] }) {
  if (excluded.length === 0) return <Typography.Text type="secondary">{m.none}</Typography.Text>
  return (
    <Flex vertical gap={12}>
      <Typography.Text>{m.intro}</Typography.Text>
      {excluded.map((group) => (
        <Card key={group.reason} size="small" title={group.reason} extra={m.count(group.count)}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {group.units.map((unit) => unit.name).join('; ')}
            {group.count > group.units.length && ` ${m.more(group.count - group.units.length)}`}
          </Typography.Paragraph>
        </Card>
      ))}
    </Flex>
  )
}
