import { App, Button, Card, Form, Input, InputNumber, Select, Table, Typography } from 'antd'
import { quotaCountProblem } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { UnitPicker } from '../units/UnitPicker'
import { useUnit } from '../units/use-unit-queries'
import { ApiErrorAlert } from './ApiErrorAlert'
import { AwardsHeader } from './AwardsHeader'
import type { FormQuota, QuotaAllocation } from './awards-types'
import { useAllocateQuota, type AllocationInput } from './decisions-api'
import { useQuotas } from './nominations-api'
import { useAwardPlan } from './use-award-plan'

/** Quotas of each award form: fixed counts in use, and allocations from higher to lower levels. */
export function QuotasPage() {
  useDocumentTitle(m.quotas.title)
  const account = useAccount()
  const award = useAwardPlan()
  const quotas = useQuotas(award.planId, award.year)
  const columns = [
    {
      title: m.quotas.from,
      render: (_: unknown, row: QuotaAllocation) => row.fromUnit?.name ?? m.quotas.fromNone,
    },
    { title: m.quotas.to, render: (_: unknown, row: QuotaAllocation) => row.toUnit.name },
    { title: m.quotas.count, dataIndex: 'count' },
    { title: m.quotas.inUse, render: (_: unknown, row: QuotaAllocation) => row.inUse.message },
    { title: m.quotas.note, dataIndex: 'note' },
    { title: m.quotas.by, dataIndex: 'allocatedBy' },
  ]
  return (
    <>
      <AwardsHeader award={award} title={m.quotas.title} />
      {quotas.isError && <ErrorResult error={quotas.error} />}
      {allows(account, 'quotas:allocate') && award.planId > 0 && (
        <AllocateForm award={award} forms={quotas.data ?? []} />
      )}
      {(quotas.data ?? []).map((form: FormQuota) => (
        <Card key={form.awardFormId} size="small" title={form.name} style={{ marginBottom: 12 }}>
          <Typography.Paragraph>
            {m.quotas.type}: {m.quotas.types[form.quota.type]}
            {form.overall && ` — ${form.overall.message}`}
          </Typography.Paragraph>
          {form.quota.type === 'allocated' && (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              columns={columns}
              dataSource={form.allocations}
              locale={{ emptyText: m.quotas.none }}
            />
          )}
        </Card>
      ))}
    </>
  )
}

type Values = Omit<AllocationInput, 'year' | 'fromUnitId'> & { fromUnitId?: number | null }

function AllocateForm({
  award,
  forms,
}: {
  award: ReturnType<typeof useAwardPlan>
  forms: FormQuota[]
}) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const allocate = useAllocateQuota(award.planId)
  const issuer = useUnit(award.plan?.issuerUnitId ?? 0)
  const version = issuer.data?.version ?? '2025'
  const submit = (values: Values) =>
    allocate.mutate(
      {
        ...values,
        fromUnitId: values.fromUnitId ?? null,
        note: values.note ?? '',
        year: award.year,
      },
      { onSuccess: () => void message.success(m.quotas.saved) },
    )
  return (
    <Card size="small" title={m.quotas.allocate} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={allocate.error} />
      <Form form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={submit}>
        <Form.Item name="awardFormId" label={m.quotas.form} rules={[{ required: true }]}>
          <Select
            options={forms
              .filter((item) => item.quota.type === 'allocated')
              .map((item) => ({ value: item.awardFormId, label: item.name }))}
          />
        </Form.Item>
        <Form.Item name="fromUnitId" label={m.quotas.from}>
          <UnitPicker version={version} placeholder={m.quotas.fromNone} ariaLabel={m.quotas.from} />
        </Form.Item>
        <Form.Item name="toUnitId" label={m.quotas.to} rules={[{ required: true }]}>
          <UnitPicker version={version} ariaLabel={m.quotas.to} />
        </Form.Item>
        <Form.Item
          name="count"
          label={m.quotas.count}
          rules={[
            { required: true },
            // Refused with the value read, never clamped (no min/max on the input).
            {
              validator: (_, value: unknown) => {
                const problem =
                  value === undefined || value === null ? null : quotaCountProblem(value)
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve()
              },
            },
          ]}
        >
          <InputNumber />
        </Form.Item>
        <Form.Item name="note" label={m.quotas.note}>
          <Input maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={allocate.isPending}>
          {m.quotas.save}
        </Button>
      </Form>
    </Card>
  )
}
