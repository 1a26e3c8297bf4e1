import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { MODEL_REVIEW_PERIODS } from '@antq/core'
import { modelMessages as m } from '../../messages/vi-models'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { modelApi, useModelWrite, type ModelView } from './models-api'

const day = (value: Dayjs) => value.format('YYYY-MM-DD')

/** The year's plan: when it was adopted and how many targets it sets. */
export function ModelPlanForm({ model, year }: { model: ModelView; year: number }) {
  const write = useModelWrite(modelApi.plan(model.id, year))
  type Values = { adoptedOn: Dayjs; targetCount: number; summary?: string }
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{
        adoptedOn: dayjs(model.plan?.adoptedOn ?? `${year}-01-15`),
        targetCount: model.plan?.targetCount ?? 10,
        summary: model.plan?.summary ?? '',
      }}
      onFinish={(values) => write.mutate({ ...values, adoptedOn: day(values.adoptedOn) })}
    >
      <ApiErrorAlert error={write.error} />
      <Space wrap>
        <Form.Item name="adoptedOn" label={m.plan.adoptedOn} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="targetCount" label={m.plan.targetCount} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label={m.plan.summary}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button htmlType="submit" loading={write.isPending}>
        {m.plan.save}
      </Button>
    </Form>
  )
}

/** A review of one period: how many of the plan's targets are completed (the rating follows). */
export function ModelReviewForm({ model, year }: { model: ModelView; year: number }) {
  const write = useModelWrite(modelApi.review(model.id, year))
  type Values = { period: string; targetsDone: number; reviewedOn: Dayjs; note?: string }
  return (
    <Form<Values>
      layout="vertical"
      style={{ marginTop: 12 }}
      initialValues={{ period: 'q1', reviewedOn: dayjs() }}
      onFinish={(values) => write.mutate({ ...values, reviewedOn: day(values.reviewedOn) })}
    >
      <ApiErrorAlert error={write.error} />
      <Space wrap>
        <Form.Item name="period" label={m.review.period}>
          <Select
            style={{ width: 130 }}
            options={MODEL_REVIEW_PERIODS.map((period) => ({
              value: period.id,
              label: period.label,
            }))}
          />
        </Form.Item>
        <Form.Item name="targetsDone" label={m.review.targetsDone} rules={[{ required: true }]}>
          <InputNumber min={0} max={model.plan?.targetCount ?? 100} />
        </Form.Item>
        <Form.Item name="reviewedOn" label={m.review.reviewedOn} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={m.review.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={write.isPending}>
        {m.review.save}
      </Button>
    </Form>
  )
}

/** Dissolving a weak model, or replacing it by another of the same unit, with the reason. */
export function ModelEndForm({ model }: { model: ModelView }) {
  const write = useModelWrite(modelApi.end(model.id))
  type Values = { status: string; endedOn: Dayjs; reason: string; replacedBy?: number }
  return (
    <Card size="small" title={m.end.title}>
      <Form<Values>
        layout="vertical"
        initialValues={{ status: 'dissolved', endedOn: dayjs() }}
        onFinish={(values) =>
          write.mutate({
            ...values,
            endedOn: day(values.endedOn),
            replacedBy: values.status === 'replaced' ? (values.replacedBy ?? null) : null,
            rowVersion: model.rowVersion,
          })
        }
      >
        <ApiErrorAlert error={write.error} />
        <Space wrap>
          <Form.Item name="status" label={m.end.kind}>
            <Select
              style={{ width: 220 }}
              options={[
                { value: 'dissolved', label: m.end.dissolved },
                { value: 'replaced', label: m.end.replaced },
              ]}
            />
          </Form.Item>
          <Form.Item name="endedOn" label={m.end.endedOn} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="replacedBy" label={`${m.end.replacedBy} (số)`}>
            <InputNumber min={1} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={m.end.reason} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button danger htmlType="submit" loading={write.isPending}>
          {m.end.submit}
        </Button>
      </Form>
    </Card>
  )
}
