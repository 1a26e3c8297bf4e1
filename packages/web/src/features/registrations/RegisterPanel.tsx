import { useMemo, useState } from 'react'
import { Button, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { UNIT_KIND_LABELS, type Plan, type RegistrationPledge, type UnitKind } from '@antq/core'
import { messages } from '../../messages/vi'
import { PledgeForm } from './PledgeForm'
import type { RegistrantRef, RegistrationList } from './registrations-api'

const m = messages.registrations

export type RegistrantRow = { unit: RegistrantRef; pledge: RegistrationPledge | null }

type Props = {
  planId: number
  year: number
  plan: Plan
  data: RegistrationList
  canRegister: boolean
}

function pledgeTags(pledge: RegistrationPledge | null, plan: Plan) {
  if (!pledge) return <Tag>{m.table.notRegistered}</Tag>
  if (!pledge.takePart) return <Tag>{m.pledge.short.no}</Tag>
  const awards = new Map(plan.awardForms.map((form) => [form.id, form.name]))
  return (
    <Flex wrap gap={4}>
      <Tag color="green">{m.pledge.short.takePart}</Tag>
      {pledge.strivesForAntt && <Tag color="blue">{m.pledge.short.antt}</Tag>}
      {pledge.buildsExemplary && <Tag color="gold">{m.pledge.short.exemplary}</Tag>}
      {(pledge.awardForms ?? []).map((id) => (
        <Tag key={id}>{awards.get(id) ?? id}</Tag>
      ))}
    </Flex>
  )
}

/** Every eligible unit of the scope: select many (e.g. all residential areas), then register. */
export function RegisterPanel({ planId, year, plan, data, canRegister }: Props) {
  const [kind, setKind] = useState<string | undefined>(undefined)
  const [selected, setSelected] = useState<number[]>([])
  const rows = useMemo<RegistrantRow[]>(
    () => [
      ...data.notRegistered.map((unit) => ({ unit, pledge: null })),
      ...data.registrations.map((row) => ({ unit: row.unit, pledge: row.pledge })),
    ],
    [data],
  )
  const kinds = [...new Set(rows.map((row) => row.unit.kind))]
  const shown = kind ? rows.filter((row) => row.unit.kind === kind) : rows
  const columns: TableColumnsType<RegistrantRow> = [
    { title: m.table.name, key: 'name', render: (_, row) => `${row.unit.name} (${row.unit.code})` },
    { title: m.table.kind, key: 'kind', render: (_, row) => row.unit.kindLabel, width: 220 },
    { title: m.table.pledge, key: 'pledge', render: (_, row) => pledgeTags(row.pledge, plan) },
  ]
  const editable = canRegister && data.open

  return (
    <Flex vertical gap={12}>
      {editable && (
        <PledgeForm
          planId={planId}
          year={year}
          plan={plan}
          rows={rows.filter((row) => selected.includes(row.unit.id))}
          onDone={() => setSelected([])}
        />
      )}
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={m.table.filterKind}
          allowClear
          placeholder={m.table.allKinds}
          style={{ minWidth: 260 }}
          value={kind}
          onChange={(value?: string) => setKind(value)}
          options={kinds.map((each) => ({
            value: each,
            label: UNIT_KIND_LABELS[each as UnitKind] ?? each,
          }))}
        />
        {editable && (
          <Button
            onClick={() =>
              setSelected(shown.filter((row) => row.pledge === null).map((row) => row.unit.id))
            }
          >
            {m.table.selectNotRegistered}
          </Button>
        )}
        {editable && <Typography.Text>{m.table.selected(selected.length)}</Typography.Text>}
      </Flex>
      <Table<RegistrantRow>
        rowKey={(row) => row.unit.id}
        size="small"
        columns={columns}
        dataSource={shown}
        locale={{ emptyText: m.table.empty }}
        pagination={{ pageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
        rowSelection={
          editable
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(Number)),
                getCheckboxProps: (row) => ({ 'aria-label': row.unit.name }),
              }
            : undefined
        }
      />
    </Flex>
  )
}
