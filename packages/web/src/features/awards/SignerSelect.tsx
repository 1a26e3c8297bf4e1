import { Form, Select } from 'antd'
import type { FormInstance } from 'antd'
import { bodyOfDecider, readAwardDecider } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import { useIssuingBody } from './issuing-body-api'

type SignerFields = { signerKey?: string; signerName: string; signerTitle: string }

/**
 * The signer picked from the issuing body's list (the award form's decider names the body);
 * picking fills the name and title fields, which stay editable for a body with no list yet.
 */
export function SignerSelect<V extends SignerFields>(props: {
  form: FormInstance<V>
  issuerUnitId: number | undefined
  decider: string | undefined
}) {
  const body = props.decider ? bodyOfDecider(readAwardDecider(props.decider)) : undefined
  const settings = useIssuingBody(props.issuerUnitId, body)
  const signers = settings.data?.settings.signers ?? []
  if (signers.length === 0) return null
  return (
    <Form.Item name="signerKey" label={m.decisions.signerPick} extra={m.decisions.signerPickHint}>
      <Select
        allowClear
        options={signers.map((signer) => ({
          value: signer.key,
          label: `${signer.name} — ${signer.title} (${m.decisions.signingModes[signer.mode]})`,
        }))}
        onChange={(key: string | undefined) => {
          const signer = signers.find((item) => item.key === key)
          if (!signer) return
          const form = props.form as unknown as FormInstance<SignerFields>
          form.setFieldsValue({ signerName: signer.name, signerTitle: signer.title })
        }}
      />
    </Form.Item>
  )
}
