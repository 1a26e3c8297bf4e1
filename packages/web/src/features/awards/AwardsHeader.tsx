import { Flex, Select, Tabs, Typography } from 'antd'
import { useLocation, useNavigate } from 'react-router'
import { awardMessages as m } from '../../messages/vi-awards'
import { awardSearch, type AwardPlan } from './use-award-plan'

const TABS = [
  { key: '/khen-thuong', label: m.tabs.nominations },
  { key: '/khen-thuong/chi-tieu', label: m.tabs.quotas },
  { key: '/khen-thuong/hoi-dong', label: m.tabs.councils },
  { key: '/khen-thuong/quyet-dinh', label: m.tabs.decisions },
  { key: '/khen-thuong/cong-nhan', label: m.tabs.recognitions },
  { key: '/khen-thuong/mau-in', label: m.tabs.layouts },
]

/** The award section's tabs and its plan/year picker, shared by its list pages. */
export function AwardsHeader({ award, title }: { award: AwardPlan; title: string }) {
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const search = awardSearch(award.planId, award.year)
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Tabs
        activeKey={pathname}
        items={TABS}
        onChange={(key) => void navigate(`${key}${search}`)}
      />
      {/* Flex, not Space: a Space item keeps the select's 640 px on a phone's screen. */}
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="award-plan">{m.plan}</label>
        <Select
          id="award-plan"
          style={{ width: 640, maxWidth: '100%' }}
          placeholder={m.choosePlan}
          value={award.planId > 0 ? award.planId : undefined}
          loading={award.planQuery.isLoading}
          options={award.published.map((plan) => ({
            value: plan.id,
            label: `${plan.title} — ${plan.issuerName}`,
          }))}
          onChange={(planId: number) => award.select({ planId })}
        />
        <label htmlFor="award-year">{m.year}</label>
        <Select
          id="award-year"
          style={{ width: 100 }}
          value={award.year || undefined}
          options={award.years.map((year) => ({ value: year, label: String(year) }))}
          onChange={(year: number) => award.select({ year })}
        />
      </Flex>
    </>
  )
}
