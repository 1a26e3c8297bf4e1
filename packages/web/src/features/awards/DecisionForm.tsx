import { App, Button, Card, DatePicker, Form, Input, Select, Table } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { readAwardDecider } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { UnitPicker } from '../units/UnitPicker'
import { useUnit } from '../units/use-unit-queries'
import { ApiErrorAlert } from './ApiErrorAlert'
import { nomineeName } from './award-labels'
import type { NominationSummary } from './awards-types'
import { useCreateDecision } from './decisions-api'
import { useNominations } from './nominations-api'
import { SignerSelect } from './SignerSelect'
import type { AwardPlan } from './use-award-plan'

type Values = {
  awardFormId: string
  issuerUnitId: number
  issuerCode: string
  date: Dayjs
  signerKey?: string
  signerName: string
  signerTitle: string
}

/** A decision for one award form from the nominations the council passed (status reviewed). */
export function DecisionForm({ award }: { award: AwardPlan }) {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const account = useAccount()
  const [form] = Form.useForm<Values>()
  const [picked, setPicked] = useState<number[]>([])
  const formId = Form.useWatch('awardFormId', form)
  const issuerUnitId = Form.useWatch('issuerUnitId', form)
  const decider = award.plan?.definition.awardForms.find((item) => item.id === formId)?.decider
  const scope = useUnit(account.scopeUnit?.id ?? 0)
  const candidates = useNominations(
    {
      planId: award.planId,
      year: award.year,
      status: 'reviewed',
      awardFormId: formId,
      pageSize: 200,
    },
    Boolean(formId) && award.planId > 0,
  )
  const create = useCreateDecision()
  const submit = (values: Values) =>
    create.mutate(
      {
        ...values,
        planId: award.planId,
        date: values.date.format('YYYY-MM-DD'),
        nominationIds: picked,
      },
      {
        onSuccess: (decision) => {
          void message.success(decision.number ?? m.decisions.save)
          void navigate(`/khen-thuong/quyet-dinh/${decision.id}`)
        },
      },
    )
  return (
    <Card size="small">
      <ApiErrorAlert error={create.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 860 }}
        initialValues={{ issuerUnitId: account.scopeUnit?.id, issuerCode: 'UBND', date: dayjs() }}
        onFinish={submit}
      >
        <Form.Item name="awardFormId" label={m.decisions.form} rules={[{ required: true }]}>
          <Select
            options={(award.plan?.definition.awardForms ?? []).map((item) => ({
              value: item.id,
              label: item.name,
            }))}
            onChange={(id: string) => {
              setPicked([])
              // The symbol is the decider's (QĐ-CAT for Công an tỉnh); the server refuses another.
              const chosen = award.plan?.definition.awardForms.find((item) => item.id === id)
              const code = chosen ? readAwardDecider(chosen.decider).code : null
              if (code) form.setFieldValue('issuerCode', code)
            }}
          />
        </Form.Item>
        <Form.Item label={m.decisions.nominations} required>
          <Table<NominationSummary>
            rowKey="id"
            size="small"
            pagination={false}
            loading={candidates.isFetching}
            dataSource={formId ? (candidates.data?.items ?? []) : []}
            locale={{ emptyText: m.decisions.noCandidates }}
            rowSelection={{
              selectedRowKeys: picked,
              onChange: (keys) => setPicked(keys as number[]),
            }}
            columns={[
              { title: m.list.id, dataIndex: 'id' },
              { title: m.list.nominee, render: (_, item) => nomineeName(item) },
              { title: m.list.proposing, render: (_, item) => item.proposingUnit.name },
            ]}
          />
        </Form.Item>
        <Form.Item name="issuerUnitId" label={m.decisions.issuer} rules={[{ required: true }]}>
          <UnitPicker
            version={scope.data?.version ?? '2025'}
            initialUnit={account.scopeUnit}
            ariaLabel={m.decisions.issuer}
          />
        </Form.Item>
        <Form.Item name="issuerCode" label={m.decisions.issuerCode} rules={[{ required: true }]}>
          <Input maxLength={30} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="date" label={m.decisions.date} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <SignerSelect form={form} issuerUnitId={issuerUnitId} decider={decider} />
        <Form.Item
          name="signerName"
          label={m.decisions.signerName}
          rules={[{ required: true, min: 2 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="signerTitle"
          label={m.decisions.signerTitle}
          rules={[{ required: true, min: 2 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          disabled={picked.length === 0}
          loading={create.isPending}
        >
          {m.decisions.save}
        </Button>
      </Form>
    </Card>
  )
}
