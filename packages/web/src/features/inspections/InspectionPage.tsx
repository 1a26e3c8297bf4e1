import { Breadcrumb, Button, Card, Descriptions, Flex, Input, Modal, Space, Spin, Tag } from 'antd'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { formatDateVi } from '@antq/core'
import { ErrorResult } from '../../components/ErrorResult'
import { useDocumentTitle } from '../../hooks/use-document-title'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { messages } from '../../messages/vi'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { InspectionFollowUps } from './InspectionFollowUps'
import { InspectionTeam } from './InspectionTeam'
import { InspectionUnits } from './InspectionUnits'
import { inspectionApi, useInspection, useInspectionWrite } from './inspections-api'

const NEXT: Record<string, 'start' | 'finish' | 'reopen'> = {
  planned: 'start',
  in_progress: 'finish',
  done: 'reopen',
}

/** /kiem-tra/:id — one inspection: heading, team, units with their findings, follow-ups. */
export function InspectionPage() {
  const id = Number(useParams().id ?? 0)
  const inspection = useInspection(id)
  const status = useInspectionWrite(id, inspectionApi.status(id))
  const [reason, setReason] = useState<string | null>(null)
  useDocumentTitle(inspection.data?.title)
  if (inspection.isPending) return <Spin />
  if (inspection.isError) return <ErrorResult error={inspection.error} />
  const view = inspection.data
  const next = NEXT[view.status] ?? 'start'
  const change = (text: string | null) =>
    status.mutate(
      { action: next, rowVersion: view.rowVersion, reason: text },
      { onSuccess: () => setReason(null) },
    )
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { key: 'plans', title: <Link to="/ke-hoach">{messages.plans.title}</Link> },
          { key: 'plan', title: <Link to={`/ke-hoach/${view.planId}?muc=kiem-tra`}>{m.tab}</Link> },
          { key: 'self', title: view.title },
        ]}
      />
      <Card
        title={view.title}
        extra={<Tag>{m.status[view.status]}</Tag>}
        styles={{ title: { whiteSpace: 'normal' } }}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={m.fields.period}>
            {formatDateVi(view.periodFrom)} – {formatDateVi(view.periodTo)}
          </Descriptions.Item>
          <Descriptions.Item label={m.fields.leadName}>{view.leadName}</Descriptions.Item>
          {view.reference && (
            <Descriptions.Item label={m.fields.reference} span={2}>
              {view.reference}
            </Descriptions.Item>
          )}
        </Descriptions>
        <ApiErrorAlert error={status.error} />
        {view.canManage && (
          <Space>
            <Button
              type={next === 'reopen' ? 'default' : 'primary'}
              loading={status.isPending}
              onClick={() => (next === 'reopen' ? setReason('') : change(null))}
            >
              {m.actions[next]}
            </Button>
          </Space>
        )}
      </Card>
      <InspectionTeam view={view} />
      <InspectionUnits view={view} />
      <InspectionFollowUps view={view} />
      <Modal
        open={reason !== null}
        title={m.actions.reopen}
        okButtonProps={{ disabled: !reason?.trim() }}
        onOk={() => change(reason?.trim() ?? null)}
        onCancel={() => setReason(null)}
      >
        <Input.TextArea
          aria-label={m.reopenReason}
          placeholder={m.reopenReason}
          maxLength={1000}
          value={reason ?? ''}
          onChange={(event) => setReason(event.target.value)}
        />
      </Modal>
    </Flex>
  )
}
