import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useParams } from 'react-router'
import { REVOCATION_GROUND_INFO, REVOCATION_GROUNDS, formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { allows } from '../../lib/permissions'
import { awardMessages as m } from '../../messages/vi-awards'
import { useAccount } from '../auth/use-account'
import { ApiErrorAlert } from './ApiErrorAlert'
import type { DecisionItem } from './awards-types'
import { documentUrl, useDecision, useRevokeDecision, type RevokeInput } from './decisions-api'

/** A decision: its number, signer and attached list, its documents, and revocation on a legal ground. */
export function DecisionPage() {
  const id = Number(useParams().id ?? 0)
  const account = useAccount()
  const decision = useDecision(id)
  useDocumentTitle(decision.data?.number ?? m.decisions.title)
  if (decision.isLoading) return <Spin />
  if (decision.isError || !decision.data) return <ErrorResult error={decision.error} />
  const view = decision.data
  return (
    <>
      <Typography.Title level={3}>
        {m.decisions.title} {view.number} <Tag>{view.statusLabel}</Tag>
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={m.decisions.form}>{view.awardForm.name}</Descriptions.Item>
          <Descriptions.Item label={m.decisions.date}>{formatDateVi(view.date)}</Descriptions.Item>
          <Descriptions.Item label={m.decisions.issuer}>{view.issuerUnit.name}</Descriptions.Item>
          <Descriptions.Item label={m.decisions.signerName}>
            {view.signer.title} {view.signer.name}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          <a href={documentUrl('award-decision', view.id)} download>
            <Button type="primary">{m.decisions.docx}</Button>
          </a>
          <a href={documentUrl('award-decision', view.id, 'pdf')} download>
            <Button>{m.decisions.pdf}</Button>
          </a>
          <a href={documentUrl('award-decision', view.id, 'xlsx')} download>
            <Button>{m.decisions.xlsx}</Button>
          </a>
          <a href={documentUrl('award-certificate', view.id)} download>
            <Button>{m.decisions.certificates}</Button>
          </a>
        </Space>
      </Card>
      <Card size="small" title={m.decisions.items} style={{ marginBottom: 16 }}>
        <Table<DecisionItem>
          rowKey="nominationId"
          size="small"
          pagination={false}
          dataSource={view.items ?? []}
          columns={[
            { title: '#', dataIndex: 'position', width: 60 },
            { title: m.list.nominee, dataIndex: 'name' },
            { title: m.decisions.unitOrPosition, dataIndex: 'unitOrPosition' },
            {
              title: m.list.status,
              render: (_, item) =>
                item.status === 'revoked' ? <Tag color="magenta">{m.decisions.revoked}</Tag> : null,
            },
          ]}
        />
      </Card>
      {(view.revocations ?? []).map((revocation, index) => (
        <Typography.Paragraph key={index} type="danger">
          {m.decisions.revocations}: {revocation.groundLabel} — {revocation.reason} ({revocation.by}
          )
        </Typography.Paragraph>
      ))}
      {allows(account, 'decisions:sign') && view.status !== 'revoked' && (
        <RevokeForm id={view.id} />
      )}
    </>
  )
}

function RevokeForm({ id }: { id: number }) {
  const { message } = App.useApp()
  const revoke = useRevokeDecision(id)
  return (
    <Card size="small" title={m.decisions.revoke}>
      <ApiErrorAlert error={revoke.error} />
      <Form<RevokeInput>
        layout="vertical"
        style={{ maxWidth: 720 }}
        onFinish={(values) =>
          revoke.mutate(values, { onSuccess: () => void message.success(m.decisions.revoked) })
        }
      >
        <Form.Item name="ground" label={m.decisions.ground} rules={[{ required: true }]}>
          <Select
            options={REVOCATION_GROUNDS.map((ground) => ({
              value: ground,
              label: `${REVOCATION_GROUND_INFO[ground].code}) ${REVOCATION_GROUND_INFO[ground].label}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={m.decisions.reason} rules={[{ required: true, min: 10 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Button danger htmlType="submit" loading={revoke.isPending}>
          {m.decisions.revoke}
        </Button>
      </Form>
    </Card>
  )
}
