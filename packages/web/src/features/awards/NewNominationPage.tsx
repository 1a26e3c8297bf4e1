import { Button, Card, Form, Input, InputNumber, Radio, Select } from 'antd'
import { useNavigate } from 'react-router'
import { applyServerErrors } from '../../lib/form-errors'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { awardMessages as m } from '../../messages/vi-awards'
import { planTerms } from '../../messages/vi-plan-terms'
import { useAccount } from '../auth/use-account'
import { UnitPicker } from '../units/UnitPicker'
import { useUnit } from '../units/use-unit-queries'
import { ApiErrorAlert } from './ApiErrorAlert'
import { AwardFormPicker } from './AwardFormPicker'
import { toCreateInput, type NominationValues as Values } from './nomination-input'
import { useCreateNomination, useQuotas } from './nominations-api'
import { awardSearch, useAwardPlan } from './use-award-plan'

const required = [{ required: true, message: m.create.required }]

/** A unit proposes a collective or a person for one of the plan's award forms (a draft). */
export function NewNominationPage() {
  useDocumentTitle(m.create.title)
  const navigate = useNavigate()
  const account = useAccount()
  const award = useAwardPlan()
  const [form] = Form.useForm<Values>()
  const create = useCreateNomination(award.planId)
  const quotas = useQuotas(award.planId, award.year)
  const kind = Form.useWatch('kind', form) ?? 'individual'
  const proposingId = Form.useWatch('proposingUnitId', form) ?? account.scopeUnit?.id ?? 0
  const proposing = useUnit(proposingId)
  const issuer = useUnit(award.plan?.issuerUnitId ?? 0)
  const version = issuer.data?.version ?? '2025'
  const plan = award.plan?.definition
  const formId = Form.useWatch('awardFormId', form)
  const chosenForm = plan?.awardForms.find((item) => item.id === formId)
  const subjects = (plan?.subjects ?? []).filter(
    (subject) =>
      subject.kind === kind &&
      (!chosenForm || chosenForm.subjects.length === 0 || chosenForm.subjects.includes(subject.id)),
  )
  const subjectId = Form.useWatch('subjectId', form)
  const roles = plan?.subjects.find((subject) => subject.id === subjectId)?.roles ?? []
  const unitChain = [proposingId, ...(proposing.data?.ancestors ?? []).map((unit) => unit.id)]
  const submit = (values: Values) => {
    const input = toCreateInput(values, award.year)
    create.mutate(input, {
      onSuccess: (detail) =>
        void navigate(`/khen-thuong/de-nghi/${detail.id}${awardSearch(award.planId, award.year)}`),
      onError: (error) =>
        applyServerErrors(form, error, ['awardFormId', 'subjectId', 'proposingUnitId']),
    })
  }
  return (
    <Card title={`${m.create.title} — ${award.plan?.title ?? ''} (${award.year})`}>
      <ApiErrorAlert error={create.error} />
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={{
          kind: 'individual',
          proposingUnitId: account.scopeUnit?.id,
          unitId: account.scopeUnit?.id,
        }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={m.create.kind}>
          <Radio.Group
            options={[
              { value: 'individual', label: m.create.individual },
              { value: 'collective', label: m.create.collective },
            ]}
            onChange={() => form.setFieldsValue({ subjectId: undefined, role: undefined })}
          />
        </Form.Item>
        <Form.Item name="proposingUnitId" label={m.create.proposingUnit} rules={required}>
          <UnitPicker
            version={version}
            initialUnit={account.scopeUnit}
            ariaLabel={m.create.proposingUnit}
          />
        </Form.Item>
        <Form.Item name="awardFormId" label={m.create.awardForm} rules={required}>
          <AwardFormPicker
            forms={plan?.awardForms ?? []}
            quotas={quotas.data ?? []}
            unitChain={unitChain}
          />
        </Form.Item>
        <Form.Item name="subjectId" label={m.create.subject} rules={required}>
          <Select
            options={subjects.map((subject) => ({ value: subject.id, label: subject.label }))}
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={kind === 'collective' ? m.create.nomineeUnit : m.create.personUnit}
          rules={required}
        >
          <UnitPicker
            version={version}
            initialUnit={account.scopeUnit}
            ariaLabel={kind === 'collective' ? m.create.nomineeUnit : m.create.personUnit}
          />
        </Form.Item>
        {kind === 'individual' && (
          <>
            <Form.Item name="fullName" label={m.create.fullName} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="position" label={m.create.position} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="role" label={m.create.role} rules={required}>
              <Select
                options={roles.map((role) => ({ value: role, label: planTerms.personRoles[role] }))}
              />
            </Form.Item>
            <Form.Item name="birthYear" label={m.create.birthYear}>
              <InputNumber min={1900} max={2100} />
            </Form.Item>
          </>
        )}
        <Form.Item name="achievementSummary" label={m.create.summary}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {m.create.save}
        </Button>
      </Form>
    </Card>
  )
}
