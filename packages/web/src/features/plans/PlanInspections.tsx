import { Button, Empty, Flex, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router'
import { describeTaskOwners, formatDateVi, UNIT_KIND_LABELS, type Plan } from '@antq/core'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { InspectionCreateModal } from '../inspections/InspectionCreateModal'
import type { InspectionSummary } from '../inspections/inspection-types'
import { usePlanInspections } from '../inspections/inspections-api'
import { ClauseCard } from './ClauseCard'
import { usePlanId } from './use-plan-id'

const STATUS_COLORS: Record<string, string> = {
  planned: 'default',
  in_progress: 'processing',
  done: 'success',
}

/** Kiểm tra: the plan's inspection clauses, then the inspections held under this plan. */
export function PlanInspections({ plan }: { plan: Plan }) {
  const planId = usePlanId()
  const held = usePlanInspections(planId)
  const [creating, setCreating] = useState(false)
  // A definition stored before plans had inspections has no such list.
  const clauses: Plan['inspections'] = (plan as Partial<Plan>).inspections ?? []
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5}>{m.planClauses}</Typography.Title>
      {clauses.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {clauses.map((item) => {
        const { owners, coOwners } = describeTaskOwners(plan, {
          owner: item.lead,
          ownerLevels: item.leadLevels,
          coOwners: item.partners,
        })
        return (
          <ClauseCard
            key={item.id}
            source={item.source}
            text={item.text}
            title={item.label}
            enforcement="display"
          >
            <Typography.Text>
              {m.lead}: {owners.join('; ')}
            </Typography.Text>
            {coOwners.length > 0 && (
              <Typography.Text>
                {m.partners}: {coOwners.join('; ')}
              </Typography.Text>
            )}
            <Typography.Text>
              {m.inspects}: {item.inspects.map((kind) => UNIT_KIND_LABELS[kind]).join(', ')}
            </Typography.Text>
            {item.places.length > 0 && (
              <Typography.Text>
                {m.places}: {item.places.join('; ')}
              </Typography.Text>
            )}
            <Typography.Text strong>
              {item.from && item.due
                ? m.window(formatDateVi(item.from), formatDateVi(item.due))
                : m.schedule[item.schedule]}
            </Typography.Text>
          </ClauseCard>
        )
      })}
      <Flex justify="space-between" align="center">
        <Typography.Title level={5}>{m.held}</Typography.Title>
        {held.data?.canManage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {m.create}
          </Button>
        )}
      </Flex>
      <Table<InspectionSummary>
        size="small"
        rowKey="id"
        loading={held.isPending}
        dataSource={held.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: m.none }}
        columns={[
          {
            title: m.fields.title,
            dataIndex: 'title',
            render: (title: string, row) => <Link to={`/kiem-tra/${row.id}`}>{title}</Link>,
          },
          {
            title: m.fields.period,
            render: (_, row) => `${formatDateVi(row.periodFrom)} – ${formatDateVi(row.periodTo)}`,
          },
          { title: m.fields.leadName, dataIndex: 'leadName' },
          { title: m.fields.units, dataIndex: 'unitCount' },
          {
            title: m.fields.status,
            dataIndex: 'status',
            render: (status: string) => <Tag color={STATUS_COLORS[status]}>{m.status[status]}</Tag>,
          },
        ]}
      />
      {creating && (
        <InspectionCreateModal plan={plan} planId={planId} onClose={() => setCreating(false)} />
      )}
    </Flex>
  )
}
