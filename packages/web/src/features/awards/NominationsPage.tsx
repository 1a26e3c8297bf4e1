import { Button, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router'
import { NOMINATION_STATUS_LABELS, NOMINATION_STATUSES, type NominationStatus } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { AwardsHeader } from './AwardsHeader'
import { ExtensionButton } from './ExtensionButton'
import { formName, nomineeName, STATUS_COLORS } from './award-labels'
import type { NominationSummary } from './awards-types'
import { useNominations } from './nominations-api'
import { awardSearch, useAwardPlan } from './use-award-plan'

/** Nominations of a plan-year in the account's subtree, by status, with where each stands and why. */
export function NominationsPage() {
  useDocumentTitle(m.list.title)
  const account = useAccount()
  const award = useAwardPlan()
  const [status, setStatus] = useState<string | undefined>()
  const [page, setPage] = useState(1)
  const query = { planId: award.planId, year: award.year, status, page, pageSize: 50 }
  const list = useNominations(query, award.planId > 0 && award.year > 0)
  const search = awardSearch(award.planId, award.year)
  const columns = [
    {
      title: m.list.id,
      dataIndex: 'id',
      render: (id: number) => <Link to={`/khen-thuong/de-nghi/${id}${search}`}>{id}</Link>,
    },
    { title: m.list.nominee, render: (_: unknown, item: NominationSummary) => nomineeName(item) },
    {
      title: m.list.form,
      render: (_: unknown, item: NominationSummary) =>
        formName(award.plan?.definition, item.awardFormId),
    },
    {
      title: m.list.proposing,
      render: (_: unknown, item: NominationSummary) => item.proposingUnit.name,
    },
    {
      title: m.list.status,
      render: (_: unknown, item: NominationSummary) => (
        <Tag color={STATUS_COLORS[item.status]}>{item.statusLabel}</Tag>
      ),
    },
    { title: m.list.reason, dataIndex: 'statusReason' },
  ]
  return (
    <>
      <AwardsHeader award={award} title={m.list.title} />
      {award.planId === 0 ? (
        <Typography.Paragraph>{m.noPlan}</Typography.Paragraph>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label={m.list.status}
              allowClear
              placeholder={m.list.allStatuses}
              style={{ width: 260 }}
              value={status}
              onChange={(value?: string) => {
                setStatus(value)
                setPage(1)
              }}
              options={NOMINATION_STATUSES.map((value: NominationStatus) => ({
                value,
                label: NOMINATION_STATUS_LABELS[value],
              }))}
            />
            {allows(account, 'nominations:propose') && (
              <Link to={`/khen-thuong/de-nghi/moi${search}`}>
                <Button type="primary">{m.list.create}</Button>
              </Link>
            )}
            {allows(account, 'nominations:appraise') && award.year > 0 && (
              <ExtensionButton planId={award.planId} year={award.year} />
            )}
          </Space>
          {list.isError ? (
            <ErrorResult error={list.error} />
          ) : (
            <Table
              rowKey="id"
              size="small"
              loading={list.isFetching}
              columns={columns}
              dataSource={list.data?.items ?? []}
              locale={{ emptyText: m.list.empty }}
              pagination={{
                current: page,
                pageSize: 50,
                total: list.data?.total ?? 0,
                showTotal: (total) => m.list.total(total),
                onChange: setPage,
              }}
            />
          )}
        </>
      )}
    </>
  )
}
