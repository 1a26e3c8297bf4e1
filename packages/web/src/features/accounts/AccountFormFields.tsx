import { Form, Input, Select, Switch } from 'antd'
import { ROLE_LABELS, ROLES, type Role } from '@antq/core'
import type { AccountView } from '../../api/types'
import { STRONG_PASSWORD } from '../../lib/password'
import { messages } from '../../messages/vi'
import { UnitPicker } from '../units/UnitPicker'

const m = messages.accounts
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))

export type AccountForm = {
  username: string
  fullName: string
  roles: Role[]
  scopeUnitId: number | null
  active: boolean
  password?: string
  reason?: string
}

/** The fields of the account form; username is fixed and a reason required once it exists. */
export function AccountFormFields({ account }: { account: AccountView | null }) {
  const creating = account === null
  const passwordRules = [
    { required: creating, pattern: STRONG_PASSWORD, message: messages.auth.passwordRule },
  ]
  return (
    <>
      <Form.Item
        name="username"
        label={m.fields.username}
        rules={[{ required: true, pattern: /^[A-Za-z0-9._-]{3,64}$/, message: m.usernameRule }]}
      >
        <Input disabled={!creating} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="fullName"
        label={m.fields.fullName}
        rules={[{ required: true, whitespace: true, min: 2, message: m.fullNameRequired }]}
      >
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item
        name="roles"
        label={m.fields.roles}
        rules={[{ required: true, type: 'array', min: 1, message: m.rolesRequired }]}
      >
        <Select mode="multiple" options={ROLE_OPTIONS} />
      </Form.Item>
      <Form.Item name="scopeUnitId" label={m.fields.scopeUnit} extra={m.fields.scopeHint}>
        <UnitPicker initialUnit={account?.scopeUnit ?? null} ariaLabel={m.fields.scopeUnit} />
      </Form.Item>
      {!creating && (
        <Form.Item name="active" label={m.fields.active} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={creating ? m.fields.password : m.fields.newPassword}
        extra={creating ? messages.auth.passwordRule : m.fields.newPasswordHint}
        rules={passwordRules}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {!creating && (
        <Form.Item
          name="reason"
          label={m.fields.reason}
          rules={[{ required: true, whitespace: true, message: m.reasonRequired }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </>
  )
}
