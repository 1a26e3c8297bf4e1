import { Button, Card, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd'
import { useState } from 'react'
import { INSPECTION_MEMBER_ROLES } from '@antq/core'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import type { InspectionMember, InspectionView } from './inspection-types'
import { inspectionApi, useInspectionWrite } from './inspections-api'

const ROLE_OPTIONS = INSPECTION_MEMBER_ROLES.map((role) => ({
  value: role,
  label: m.team.roles[role],
}))

/** Thành phần đoàn kiểm tra: one Trưởng đoàn, deputies, members, a secretary. */
export function InspectionTeam({ view }: { view: InspectionView }) {
  const [editing, setEditing] = useState(false)
  const save = useInspectionWrite(view.id, inspectionApi.members(view.id))
  const [form] = Form.useForm<{ members: InspectionMember[] }>()
  const open = view.canManage && view.status !== 'done'
  return (
    <Card
      size="small"
      title={m.team.title}
      extra={open && <Button onClick={() => setEditing(true)}>{m.team.edit}</Button>}
    >
      {/* antd List is not used: it pulls Pagination into the core chunk and the chunks cycle. */}
      <Flex vertical gap={4}>
        {view.members.length === 0 && (
          <Typography.Text type="secondary">{m.team.empty}</Typography.Text>
        )}
        {view.members.map((member, index) => (
          <Typography.Text key={index}>
            {[member.name, member.position, member.unitName].filter(Boolean).join(', ')} —{' '}
            {m.team.roles[member.role]}
          </Typography.Text>
        ))}
      </Flex>
      <Modal
        open={editing}
        width={900}
        title={m.team.edit}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(false)}
      >
        <ApiErrorAlert error={save.error} />
        <Form
          form={form}
          initialValues={{
            members: view.members.length > 0 ? view.members : [{ role: 'lead', position: '' }],
          }}
          onFinish={(values) =>
            save.mutate(
              { members: values.members, rowVersion: view.rowVersion },
              { onSuccess: () => setEditing(false) },
            )
          }
        >
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                      <Input
                        placeholder={m.team.name}
                        aria-label={`${m.team.name} ${index + 1}`}
                        maxLength={200}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'position']}>
                      <Input
                        placeholder={m.team.position}
                        aria-label={`${m.team.position} ${index + 1}`}
                        maxLength={300}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'unitName']}>
                      <Input
                        placeholder={m.team.unitName}
                        aria-label={`${m.team.unitName} ${index + 1}`}
                        maxLength={300}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'role']} rules={[{ required: true }]}>
                      <Select
                        options={ROLE_OPTIONS}
                        style={{ width: 160 }}
                        aria-label={`${m.team.role} ${index + 1}`}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>−</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ role: 'member', position: '', unitName: '' })}>
                  {m.team.add}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Card>
  )
}
