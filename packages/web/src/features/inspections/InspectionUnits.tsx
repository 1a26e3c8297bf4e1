import { Button, Card, Space, Table } from 'antd'
import { useState } from 'react'
import { formatDateVi } from '@antq/core'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import { UnitPicker } from '../units/UnitPicker'
import type { InspectedUnit, InspectionView } from './inspection-types'
import { inspectionApi, useInspectionWrite } from './inspections-api'
import { UnitVisitPanel } from './UnitVisitPanel'

/** Đơn vị được kiểm tra: each with its visit, findings and biên bản, opened one at a time. */
export function InspectionUnits({ view }: { view: InspectionView }) {
  const [picked, setPicked] = useState<number | null>(null)
  const add = useInspectionWrite(view.id, inspectionApi.addUnit(view.id))
  const open = view.canManage && view.status !== 'done'
  return (
    <Card size="small" title={m.units.title}>
      <ApiErrorAlert error={add.error} />
      {open && (
        <Space style={{ marginBottom: 12 }} wrap>
          <div style={{ minWidth: 360 }}>
            <UnitPicker
              value={picked}
              onChange={setPicked}
              version={view.unitVersion}
              ariaLabel={m.units.pick}
              placeholder={m.units.pick}
            />
          </div>
          <Button
            disabled={picked === null}
            loading={add.isPending}
            onClick={() =>
              picked !== null &&
              add.mutate({ unitId: picked }, { onSuccess: () => setPicked(null) })
            }
          >
            {m.units.add}
          </Button>
        </Space>
      )}
      <Table<InspectedUnit>
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={view.units}
        locale={{ emptyText: m.units.empty }}
        expandable={{
          expandedRowRender: (unit) => <UnitVisitPanel view={view} unit={unit} />,
        }}
        columns={[
          { title: m.units.title, dataIndex: 'name' },
          {
            title: m.units.visitedOn,
            dataIndex: 'visitedOn',
            render: (day: string | null) => (day ? formatDateVi(day) : '—'),
          },
          {
            title: m.checklist.result,
            render: (_, unit) =>
              m.units.findings(unit.findings.met, unit.findings.notMet, unit.findings.noted),
          },
        ]}
      />
    </Card>
  )
}
