import type { ReactNode } from 'react'
import { Breadcrumb, Flex, Typography } from 'antd'
import { Link } from 'react-router'
import { messages } from '../messages/vi'

type Props = {
  planId: number
  planTitle: string
  title: string
  subtitle: string
  /** Controls on the right of the title (year, period). */
  extra?: ReactNode
}

/** The top of a page within a plan: Kế hoạch › the plan › this page, then title and controls. */
export function PlanPageHeader({ planId, planTitle, title, subtitle, extra }: Props) {
  return (
    <>
      <Breadcrumb
        items={[
          { key: 'plans', title: <Link to="/ke-hoach">{messages.plans.title}</Link> },
          { key: 'plan', title: <Link to={`/ke-hoach/${planId}`}>{planTitle}</Link> },
          { key: 'self', title },
        ]}
      />
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">{subtitle}</Typography.Text>
        </div>
        {extra}
      </Flex>
    </>
  )
}
