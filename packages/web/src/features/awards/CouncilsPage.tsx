import { Table, Typography } from 'antd'
import { Link } from 'react-router'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { AwardsHeader } from './AwardsHeader'
import { CouncilForm } from './CouncilForm'
import type { CouncilView } from './awards-types'
import { useCouncils } from './councils-api'
import { awardSearch, useAwardPlan } from './use-award-plan'

/** Reward councils in the account's subtree; a secretary sets one up with its members. */
export function CouncilsPage() {
  useDocumentTitle(m.councils.title)
  const account = useAccount()
  const award = useAwardPlan()
  const councils = useCouncils()
  const search = awardSearch(award.planId, award.year)
  const columns = [
    {
      title: m.councils.name,
      render: (_: unknown, council: CouncilView) => (
        <Link to={`/khen-thuong/hoi-dong/${council.id}${search}`}>{council.name}</Link>
      ),
    },
    {
      title: m.councils.issuerUnit,
      render: (_: unknown, council: CouncilView) => council.issuerUnit.name,
    },
    { title: m.councils.issuerCode, dataIndex: 'issuerCode' },
  ]
  return (
    <>
      <AwardsHeader award={award} title={m.councils.title} />
      {councils.isError ? (
        <ErrorResult error={councils.error} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={councils.isLoading}
          columns={columns}
          dataSource={councils.data?.items ?? []}
          locale={{ emptyText: m.councils.empty }}
          pagination={false}
        />
      )}
      {allows(account, 'council:manage') && (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {m.councils.create}
          </Typography.Title>
          <CouncilForm />
        </>
      )}
    </>
  )
}
