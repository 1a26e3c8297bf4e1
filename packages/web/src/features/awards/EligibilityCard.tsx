import { Button, Card, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { EligibilityCondition } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { AttestModal } from './AttestModal'
import type { NominationDetail } from './awards-types'

const STATUS = {
  pass: { color: 'success', label: m.eligibility.pass },
  fail: { color: 'error', label: m.eligibility.fail },
  unknown: { color: 'warning', label: m.eligibility.unknown },
} as const

/** Each condition of the plan for this nominee: pass/fail and the data behind it. */
export function EligibilityCard({ detail }: { detail: NominationDetail }) {
  const [attesting, setAttesting] = useState<EligibilityCondition | null>(null)
  const { eligibility } = detail
  const columns = [
    {
      title: m.eligibility.condition,
      render: (_: unknown, condition: EligibilityCondition) => (
        <>
          <Tag>{m.eligibility.kinds[condition.kind]}</Tag>
          <Typography.Text type="secondary">{condition.source}</Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
            {condition.text}
          </Typography.Paragraph>
          {condition.evidence && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.eligibility.evidence}: {condition.evidence}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: m.eligibility.result,
      width: 120,
      render: (_: unknown, condition: EligibilityCondition) => (
        <Tag color={STATUS[condition.status].color}>{STATUS[condition.status].label}</Tag>
      ),
    },
    {
      title: m.eligibility.data,
      render: (_: unknown, condition: EligibilityCondition) => (
        <>
          <div>{condition.data}</div>
          {condition.kind === 'attested' && detail.editable && (
            <Button size="small" onClick={() => setAttesting(condition)}>
              {m.eligibility.attest}
            </Button>
          )}
        </>
      ),
    },
  ]
  return (
    <Card size="small" title={m.eligibility.title} style={{ marginBottom: 16 }}>
      <Typography.Paragraph strong data-testid="eligibility-summary">
        {eligibility.summary}
      </Typography.Paragraph>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={eligibility.conditions}
        onRow={(condition) => ({ 'data-condition': condition.key }) as object}
      />
      <AttestModal detail={detail} condition={attesting} onClose={() => setAttesting(null)} />
    </Card>
  )
}
