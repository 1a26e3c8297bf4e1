import { Card, Flex, Typography } from 'antd'
import { daysBetween, deadlineDateOf, formatDateVi, type Plan } from '@antq/core'
import { messages } from '../../messages/vi'

const m = messages.targets.deadlines
const MAX = 3

/** The plan's next deadlines (annual ones in the campaign year and the next), days remaining. */
export function DeadlineCountdown({
  plan,
  today,
  year,
}: {
  plan: Plan
  today: string
  year: number
}) {
  const next = plan.deadlines
    .flatMap((deadline) =>
      [year, year + 1].map((each) => ({ deadline, date: deadlineDateOf(deadline, each) })),
    )
    .filter((item): item is { deadline: Plan['deadlines'][number]; date: string } =>
      Boolean(item.date && item.date >= today),
    )
    .filter((item, index, all) => all.findIndex((other) => other.date === item.date) === index)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, MAX)

  return (
    <Card size="small" title={m.title} className="targets-countdown">
      {next.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {next.map(({ deadline, date }) => {
            const days = daysBetween(today, date)
            return (
              <div key={date}>
                <Typography.Text strong>{days === 0 ? m.today : m.daysLeft(days)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {`${formatDateVi(date)} — ${messages.planTerms.closes[deadline.closes]}`}
                </Typography.Text>
              </div>
            )
          })}
        </Flex>
      )}
    </Card>
  )
}
