import { App, Button, Card, Form, Input, Select, Space } from 'antd'
import { useNavigate } from 'react-router'
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { useUnit } from '../units/use-unit-queries'
import { UnitPicker } from '../units/UnitPicker'
import { ApiErrorAlert } from './ApiErrorAlert'
import { useCreateCouncil, type CouncilInput } from './councils-api'

const ROLE_OPTIONS = COUNCIL_ROLES.map((role) => ({
  value: role,
  label: COUNCIL_ROLE_LABELS[role],
}))

/** A council: its unit, name, the issuer code for its minutes' numbers, and its members. */
export function CouncilForm() {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const account = useAccount()
  const scope = useUnit(account.scopeUnit?.id ?? 0)
  const create = useCreateCouncil()
  const submit = (values: CouncilInput) =>
    create.mutate(values, {
      onSuccess: (council) => {
        void message.success(council.name)
        void navigate(`/khen-thuong/hoi-dong/${council.id}`)
      },
    })
  return (
    <Card size="small">
      <ApiErrorAlert error={create.error} />
      <Form<CouncilInput>
        layout="vertical"
        style={{ maxWidth: 860 }}
        initialValues={{
          issuerUnitId: account.scopeUnit?.id,
          members: [
            { role: 'chair', position: '' },
            { role: 'secretary', position: '' },
            { role: 'member', position: '' },
          ],
        }}
        onFinish={submit}
      >
        <Form.Item name="issuerUnitId" label={m.councils.issuerUnit} rules={[{ required: true }]}>
          <UnitPicker
            version={scope.data?.version ?? '2025'}
            initialUnit={account.scopeUnit}
            ariaLabel={m.councils.issuerUnit}
          />
        </Form.Item>
        <Form.Item name="name" label={m.councils.name} rules={[{ required: true, min: 3 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="issuerCode" label={m.councils.issuerCode} rules={[{ required: true }]}>
          <Input maxLength={30} style={{ width: 200 }} />
        </Form.Item>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, min: 2 }]}>
                    <Input
                      placeholder={m.councils.member}
                      aria-label={`${m.councils.member} ${index + 1}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'position']}>
                    <Input
                      placeholder={m.councils.position}
                      aria-label={`${m.councils.position} ${index + 1}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true }]}>
                    <Select
                      options={ROLE_OPTIONS}
                      style={{ width: 180 }}
                      aria-label={`${m.councils.role} ${index + 1}`}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>−</Button>
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add({ role: 'member', position: '' })}>
                  {m.councils.addMember}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {m.councils.save}
        </Button>
      </Form>
    </Card>
  )
}
