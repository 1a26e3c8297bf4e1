import { App, Button, Card, Form, Select, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { RECOGNITION_KIND_LABELS, RECOGNITION_KINDS, type RecognitionKind } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { recognitionMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { UnitPicker } from '../units/UnitPicker'
import { useUnit } from '../units/use-unit-queries'
import { ApiErrorAlert } from './ApiErrorAlert'
import { AwardsHeader } from './AwardsHeader'
import { RecognitionActions } from './RecognitionActions'
import { useProposeRecognition, useRecognitions, type RecognitionView } from './recognitions-api'
import { RecognitionQuotaTable } from './RecognitionQuotaTable'
import { useAwardPlan } from './use-award-plan'

/** ANTT standard and exemplary units: proposals, evaluation and recognition, and the yearly minimums. */
export function RecognitionsPage() {
  useDocumentTitle(m.title)
  const account = useAccount()
  const award = useAwardPlan()
  const [kind, setKind] = useState<RecognitionKind | undefined>()
  const list = useRecognitions({ year: award.year || undefined, kind })
  const canPropose = allows(account, 'nominations:propose') || allows(account, 'campaign:review')
  const columns = [
    { title: m.unit, render: (_: unknown, row: RecognitionView) => row.unit.name },
    { title: m.kind, dataIndex: 'kindLabel' },
    { title: m.recognizer, render: (_: unknown, row: RecognitionView) => row.recognizer.name },
    {
      title: m.status,
      render: (_: unknown, row: RecognitionView) => (
        <>
          <Tag>{row.statusLabel}</Tag>
          {row.statusReason && <div>{row.statusReason}</div>}
          {row.decision && <div>{m.decision(row.decision.number)}</div>}
        </>
      ),
    },
    {
      title: m.actions,
      render: (_: unknown, row: RecognitionView) => <RecognitionActions row={row} />,
    },
  ]
  return (
    <>
      <AwardsHeader award={award} title={m.title} />
      <Select
        aria-label={m.kind}
        allowClear
        placeholder={m.allKinds}
        style={{ width: 420, marginBottom: 12 }}
        value={kind}
        onChange={setKind}
        options={RECOGNITION_KINDS.map((value) => ({
          value,
          label: RECOGNITION_KIND_LABELS[value],
        }))}
      />
      {list.isError ? (
        <ErrorResult error={list.error} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          loading={list.isLoading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: m.empty }}
          pagination={false}
        />
      )}
      {canPropose && award.planId > 0 && <ProposeForm award={award} />}
      {award.year > 0 && <RecognitionQuotaTable year={award.year} />}
    </>
  )
}

function ProposeForm({ award }: { award: ReturnType<typeof useAwardPlan> }) {
  const { message } = App.useApp()
  const account = useAccount()
  const propose = useProposeRecognition()
  const scope = useUnit(account.scopeUnit?.id ?? 0)
  const submit = (values: { unitId: number; kind: RecognitionKind }) =>
    propose.mutate(
      { ...values, year: award.year, planId: award.planId },
      { onSuccess: () => void message.success(m.proposed) },
    )
  return (
    <Card size="small" title={m.propose} style={{ margin: '16px 0' }}>
      <ApiErrorAlert error={propose.error} />
      <Form layout="inline" initialValues={{ unitId: account.scopeUnit?.id }} onFinish={submit}>
        <Form.Item
          name="unitId"
          label={m.unit}
          rules={[{ required: true }]}
          style={{ minWidth: 360 }}
        >
          <UnitPicker
            version={scope.data?.version ?? '2025'}
            initialUnit={account.scopeUnit}
            ariaLabel={m.unit}
          />
        </Form.Item>
        <Form.Item name="kind" label={m.kind} rules={[{ required: true }]}>
          <Select
            style={{ width: 360 }}
            options={RECOGNITION_KINDS.map((value) => ({
              value,
              label: RECOGNITION_KIND_LABELS[value],
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={propose.isPending}>
          {m.propose}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {m.candidateRule}
      </Typography.Paragraph>
    </Card>
  )
}
