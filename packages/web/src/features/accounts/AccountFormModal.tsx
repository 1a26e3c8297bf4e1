import { useState } from 'react'
import { Alert, App, Form, Modal } from 'antd'
import { isApiError } from '../../api/client'
import type { AccountCreate, AccountPatch, AccountView } from '../../api/types'
import { applyServerErrors } from '../../lib/form-errors'
import { messages } from '../../messages/vi'
import { AccountFormFields, type AccountForm } from './AccountFormFields'
import { useSaveAccount } from './use-accounts'

const m = messages.accounts
const FIELDS = ['username', 'fullName', 'roles', 'scopeUnitId', 'active', 'password', 'reason']

function changes(account: AccountView, values: AccountForm): AccountPatch {
  const patch: AccountPatch = {}
  if (values.fullName.trim() !== account.fullName) patch.fullName = values.fullName.trim()
  if ([...values.roles].sort().join() !== [...account.roles].sort().join())
    patch.roles = values.roles
  if ((values.scopeUnitId ?? null) !== (account.scopeUnit?.id ?? null))
    patch.scopeUnitId = values.scopeUnitId ?? null
  if (values.active !== account.active) patch.active = values.active
  if (values.password) patch.password = values.password
  return patch
}

/** Create an account (`account` null) or edit one; edits need a reason for the audit log. */
export function AccountFormModal({
  account,
  onClose,
}: {
  account: AccountView | null
  onClose: () => void
}) {
  const [form] = Form.useForm<AccountForm>()
  const { message } = App.useApp()
  const [formError, setFormError] = useState<string | null>(null)
  const save = useSaveAccount(account?.id ?? null)
  const creating = account === null

  const submit = (values: AccountForm) => {
    let input: AccountCreate | AccountPatch
    if (creating) {
      const { username, fullName, password = '', roles, scopeUnitId } = values
      input = {
        username: username.trim(),
        fullName: fullName.trim(),
        password,
        roles,
        scopeUnitId: scopeUnitId ?? null,
      }
    } else {
      const patch = changes(account, values)
      if (Object.keys(patch).length === 0) return setFormError(messages.app.noChanges)
      input = { ...patch, reason: values.reason?.trim() }
    }
    setFormError(null)
    save.mutate(input, {
      onSuccess: () => {
        void message.success(creating ? m.created : messages.app.saved)
        onClose()
      },
      onError: (error) => {
        if (applyServerErrors(form, error, FIELDS)) return
        if (isApiError(error) && ['WEAK_PASSWORD', 'COMMON_PASSWORD'].includes(error.code))
          return form.setFields([{ name: 'password', errors: [error.message] }])
        if (isApiError(error) && error.code === 'DUPLICATE' && creating)
          return form.setFields([{ name: 'username', errors: [error.message] }])
        setFormError(error.message)
      },
    })
  }

  const initialValues: Partial<AccountForm> = account
    ? { ...account, scopeUnitId: account.scopeUnit?.id ?? null, password: '', reason: '' }
    : { roles: [], scopeUnitId: null, active: true }

  return (
    <Modal
      open
      title={creating ? m.createTitle : m.editTitle(account.username)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={messages.app.save}
      cancelText={messages.app.cancel}
      confirmLoading={save.isPending}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<AccountForm>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
      >
        <AccountFormFields account={account} />
      </Form>
    </Modal>
  )
}
