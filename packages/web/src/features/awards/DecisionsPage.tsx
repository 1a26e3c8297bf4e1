import { Table, Typography } from 'antd'
import { Link } from 'react-router'
import { formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { AwardsHeader } from './AwardsHeader'
import { DecisionForm } from './DecisionForm'
import type { DecisionView } from './awards-types'
import { useDecisions } from './decisions-api'
import { useAwardPlan } from './use-award-plan'

/** Award decisions of the plan-year; the authorised leader issues one from passed nominations. */
export function DecisionsPage() {
  useDocumentTitle(m.decisions.title)
  const account = useAccount()
  const award = useAwardPlan()
  const decisions = useDecisions({ planKey: award.plan?.key, year: award.year || undefined })
  const columns = [
    {
      title: m.decisions.number,
      render: (_: unknown, row: DecisionView) => (
        <Link to={`/khen-thuong/quyet-dinh/${row.id}`}>{row.number ?? `#${row.id}`}</Link>
      ),
    },
    { title: m.decisions.date, render: (_: unknown, row: DecisionView) => formatDateVi(row.date) },
    { title: m.decisions.form, render: (_: unknown, row: DecisionView) => row.awardForm.name },
    { title: m.decisions.issuer, render: (_: unknown, row: DecisionView) => row.issuerUnit.name },
    { title: m.list.status, dataIndex: 'statusLabel' },
  ]
  return (
    <>
      <AwardsHeader award={award} title={m.decisions.title} />
      {decisions.isError ? (
        <ErrorResult error={decisions.error} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={decisions.isLoading}
          columns={columns}
          dataSource={decisions.data?.items ?? []}
          locale={{ emptyText: m.decisions.empty }}
          pagination={false}
        />
      )}
      {allows(account, 'decisions:sign') && award.plan && (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {m.decisions.create}
          </Typography.Title>
          <DecisionForm award={award} />
        </>
      )}
    </>
  )
}
