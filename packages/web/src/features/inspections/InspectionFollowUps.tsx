import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd'
import type { Dayjs } from 'dayjs'
import { formatDateVi } from '@antq/core'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { UnitPicker } from '../units/UnitPicker'
import type { FollowUpAction, InspectionView } from './inspection-types'
import { inspectionApi, useInspectionWrite } from './inspections-api'

type Values = { unitId?: number | null; what: string; ownerUnitId: number; dueOn: Dayjs }

/** Kiến nghị, yêu cầu: what a unit must do after the inspection, by whom and by when. */
export function InspectionFollowUps({ view }: { view: InspectionView }) {
  const [form] = Form.useForm<Values>()
  const add = useInspectionWrite(view.id, inspectionApi.addAction(view.id))
  const mark = useInspectionWrite(view.id, inspectionApi.actionStatus(view.id))
  const nameOf = (unitId: number | null) =>
    view.units.find((unit) => unit.unitId === unitId)?.name ?? '—'
  return (
    <Card size="small" title={m.followUp.title}>
      <ApiErrorAlert error={add.error ?? mark.error} />
      <Table<FollowUpAction>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.actions}
        locale={{ emptyText: m.followUp.empty }}
        columns={[
          { title: m.followUp.what, dataIndex: 'what' },
          { title: m.followUp.unit, render: (_, row) => nameOf(row.unitId) },
          { title: m.followUp.owner, render: (_, row) => row.ownerUnit.name },
          { title: m.followUp.dueOn, render: (_, row) => formatDateVi(row.dueOn) },
          {
            title: m.fields.status,
            render: (_, row) => (
              <Space>
                <Tag color={row.status === 'done' ? 'success' : 'processing'}>
                  {m.followUp.status[row.status]}
                </Tag>
                {view.canManage && (
                  <Button
                    size="small"
                    onClick={() =>
                      mark.mutate({
                        actionId: row.id,
                        status: row.status === 'done' ? 'open' : 'done',
                      })
                    }
                  >
                    {row.status === 'done' ? m.followUp.reopen : m.followUp.markDone}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {view.canManage && (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={(values) =>
            add.mutate(
              {
                unitId: values.unitId ?? null,
                what: values.what,
                ownerUnitId: values.ownerUnitId,
                dueOn: values.dueOn.format('YYYY-MM-DD'),
              },
              { onSuccess: () => form.resetFields() },
            )
          }
        >
          <Form.Item name="what" label={m.followUp.what} rules={[{ required: true }]}>
            <Input.TextArea maxLength={2000} autoSize />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="unitId" label={m.followUp.unit}>
              <Select
                allowClear
                style={{ width: 260 }}
                options={view.units.map((unit) => ({ value: unit.unitId, label: unit.name }))}
              />
            </Form.Item>
            <Form.Item
              name="ownerUnitId"
              label={m.followUp.owner}
              rules={[{ required: true }]}
              style={{ minWidth: 320 }}
            >
              <UnitPicker version={view.unitVersion} ariaLabel={m.followUp.owner} />
            </Form.Item>
            <Form.Item name="dueOn" label={m.followUp.dueOn} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Space>
          <Button htmlType="submit" loading={add.isPending}>
            {m.followUp.add}
          </Button>
        </Form>
      )}
    </Card>
  )
}
