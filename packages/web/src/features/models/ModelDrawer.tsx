import { Button, Card, Descriptions, Drawer, Flex, Table, Tag, Typography } from 'antd'
import { formatDateTimeVi, formatDateVi } from '@antq/core'
import { useState } from 'react'
import { ErrorResult } from '../../components/ErrorResult'
import { FullPageSpin } from '../../components/FullPageSpin'
import { messages } from '../../messages/vi'
import { modelMessages as m } from '../../messages/vi-models'
import { ModelEndForm, ModelPlanForm, ModelReviewForm } from './ModelForms'
import { ModelFormModal } from './ModelFormModal'
import { useModel } from './models-api'

/** One model for a year: its record, the year's plan and reviews, and what may be done with it. */
export function ModelDrawer(props: { id: number; year: number; onClose: () => void }) {
  const model = useModel(props.id, props.year)
  const [editing, setEditing] = useState(false)
  const data = model.data
  return (
    <Drawer open width="min(720px, 100vw)" title={data?.name ?? m.title} onClose={props.onClose}>
      {model.isPending && <FullPageSpin />}
      {model.isError && <ErrorResult error={model.error} onRetry={() => void model.refetch()} />}
      {data && (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item
              label={m.columns.type}
            >{`${data.typeLabel} (${data.bodyLabel})`}</Descriptions.Item>
            <Descriptions.Item label={m.columns.host}>{data.host.name}</Descriptions.Item>
            <Descriptions.Item label={m.fields.members}>{data.members}</Descriptions.Item>
            <Descriptions.Item label={m.fields.startedOn}>
              {formatDateVi(data.startedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={m.columns.spread}>
              {`${data.siteCount} / ${data.teamCount}`}
              {data.sites.map((site) => ` · ${site.name} (${site.teams})`).join('')}
            </Descriptions.Item>
            <Descriptions.Item label={m.columns.zalo}>
              {data.zaloGroup ?? messages.app.empty}
            </Descriptions.Item>
            <Descriptions.Item label={m.columns.status}>
              {m.status[data.status]}
              {data.endedOn && ` — ${formatDateVi(data.endedOn)}: ${data.endReason ?? ''}`}
            </Descriptions.Item>
            <Descriptions.Item label={m.columns.rating}>
              <Tag>{data.ratingLabel ?? m.notRated}</Tag>
              {data.effective && <Tag color="success">{m.effective}</Tag>}
            </Descriptions.Item>
          </Descriptions>
          {data.canRecord && data.status === 'active' && (
            <Button onClick={() => setEditing(true)}>{m.edit}</Button>
          )}
          <Card size="small" title={m.plan.title(props.year)}>
            {data.plan ? (
              <Typography.Paragraph>
                {`${m.plan.adoptedOn}: ${formatDateVi(data.plan.adoptedOn)} · ${m.plan.targetCount}: ${data.plan.targetCount} · `}
                <Tag color={data.plan.atStart ? 'success' : 'warning'}>
                  {data.plan.atStart ? m.plan.atStart : m.plan.late}
                </Tag>
                {data.plan.summary && <br />}
                {data.plan.summary}
              </Typography.Paragraph>
            ) : (
              <Typography.Paragraph type="secondary">{m.plan.none}</Typography.Paragraph>
            )}
            {data.canRecord && data.status === 'active' && (
              <ModelPlanForm model={data} year={props.year} />
            )}
          </Card>
          <Card size="small" title={m.review.title}>
            <Table
              size="small"
              rowKey="period"
              pagination={false}
              scroll={{ x: true }}
              dataSource={data.reviews}
              columns={[
                { title: m.review.period, dataIndex: 'periodLabel' },
                {
                  title: m.review.targetsDone,
                  render: (_, row) => `${row.targetsDone}/${row.targetsTotal}`,
                },
                { title: m.review.share, render: (_, row) => `${Math.round(row.share * 100)}%` },
                { title: m.review.rating, render: (_, row) => <Tag>{row.ratingLabel}</Tag> },
                { title: m.review.reviewedOn, render: (_, row) => formatDateVi(row.reviewedOn) },
              ]}
            />
            {data.canRecord && data.status === 'active' && data.plan && (
              <ModelReviewForm model={data} year={props.year} />
            )}
          </Card>
          {data.canRecord && data.status === 'active' && <ModelEndForm model={data} />}
          <Card size="small" title={m.history}>
            <Table
              size="small"
              rowKey={(row) => `${row.at}:${row.action}`}
              pagination={{ pageSize: 10 }}
              scroll={{ x: true }}
              dataSource={data.history}
              columns={[
                { title: 'Thời điểm', render: (_, row) => formatDateTimeVi(row.at) },
                { title: 'Thao tác', render: (_, row) => m.actions[row.action] ?? row.action },
                { title: 'Người thực hiện', dataIndex: 'by' },
                { title: 'Lý do', render: (_, row) => row.reason ?? '' },
              ]}
            />
          </Card>
        </Flex>
      )}
      {editing && data && <ModelFormModal model={data} onClose={() => setEditing(false)} />}
    </Drawer>
  )
}
