import { Alert, App, Button, Flex, Popconfirm, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { subtypeLabel, UNIT_KIND_LABELS, type Plan } from '@antq/core'
import { Link } from 'react-router'
import { messages } from '../../messages/vi'
import { useCreateBodyUnit, usePlanBodies, type PlanBodyItem } from './plan-bodies-api'
import { usePlanId } from './use-plan-id'

const t = messages.planBodies

/**
 * Cơ quan, đơn vị được giao nhiệm vụ: each body the plan names, the unit it is under the issuer
 * (or why none), how many accounts act for it, and for the plan owner "Tạo đơn vị".
 */
export function PlanBodies({ plan }: { plan: Plan }) {
  const planId = usePlanId()
  const bodies = usePlanBodies(planId)
  const create = useCreateBodyUnit(planId)
  const { message } = App.useApp()

  const columns: ColumnsType<PlanBodyItem> = [
    {
      title: t.columns.body,
      key: 'body',
      render: (_value, body) => (
        <Flex vertical>
          <Typography.Text strong>{body.name}</Typography.Text>
          <Typography.Text type="secondary">
            {subtypeLabel(body.kind, body.subtype) ?? UNIT_KIND_LABELS[body.kind]}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t.columns.unit,
      key: 'unit',
      render: (_value, body) =>
        body.unit ? (
          <Link to={`/don-vi/${body.unit.id}`}>{body.unit.name}</Link>
        ) : (
          <Flex vertical gap={4} align="start">
            <Typography.Text type="warning">{body.reason}</Typography.Text>
            {bodies.data?.canCreateUnits && (
              <Popconfirm
                title={t.createConfirm(body.name)}
                okText={t.confirm}
                cancelText={messages.app.cancel}
                onConfirm={() =>
                  create.mutate(body.id, {
                    onSuccess: (unit) => void message.success(t.created(unit.name)),
                    onError: (error) => void message.error(error.message),
                  })
                }
              >
                <Button size="small" loading={create.isPending && create.variables === body.id}>
                  {t.createUnit}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        ),
    },
    {
      title: t.columns.accounts,
      key: 'accounts',
      align: 'right',
      render: (_value, body) => (body.unit ? body.accounts : messages.app.empty),
    },
  ]

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <Typography.Text type="secondary">{t.intro}</Typography.Text>
      {bodies.isError && <Alert type="error" showIcon title={bodies.error.message} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={bodies.isPending}
        columns={columns}
        dataSource={bodies.data?.items ?? []}
        locale={{ emptyText: plan.bodies.length === 0 ? t.empty : messages.app.loading }}
      />
    </Flex>
  )
}
