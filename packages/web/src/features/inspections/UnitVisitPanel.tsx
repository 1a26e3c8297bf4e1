import { Button, DatePicker, Form, Input, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { inspectionMessages as m } from '../../messages/vi-inspections'
import { ApiErrorAlert } from '../awards/ApiErrorAlert'
import type { InspectedUnit, InspectionView } from './inspection-types'
import { inspectionApi, minutesUrl, useInspectionWrite } from './inspections-api'
import { UnitChecklist } from './UnitChecklist'

type Values = {
  visitedOn: Dayjs | null
  place?: string
  representativeName?: string
  representativePosition?: string
  conclusion?: string
}

const orNull = (text?: string | null) => (text?.trim() ? text.trim() : null)

/** One unit's visit (date, place, who signed, conclusion), its checklist and its biên bản. */
export function UnitVisitPanel({ view, unit }: { view: InspectionView; unit: InspectedUnit }) {
  const save = useInspectionWrite(view.id, inspectionApi.visit(view.id))
  const editable = view.canManage && view.status !== 'done'
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ApiErrorAlert error={save.error} />
      <Form<Values>
        layout="vertical"
        disabled={!editable}
        initialValues={{
          visitedOn: unit.visitedOn ? dayjs(unit.visitedOn) : null,
          place: unit.place ?? '',
          representativeName: unit.representativeName ?? '',
          representativePosition: unit.representativePosition ?? '',
          conclusion: unit.conclusion ?? '',
        }}
        onFinish={(values) =>
          save.mutate({
            unitId: unit.unitId,
            visit: {
              visitedOn: values.visitedOn ? values.visitedOn.format('YYYY-MM-DD') : null,
              place: orNull(values.place),
              representativeName: orNull(values.representativeName),
              representativePosition: orNull(values.representativePosition),
              conclusion: orNull(values.conclusion),
            },
          })
        }
      >
        <Space wrap>
          <Form.Item name="visitedOn" label={m.units.visitedOn}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="place" label={m.units.place}>
            <Input maxLength={300} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item name="representativeName" label={m.units.representativeName}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="representativePosition" label={m.units.representativePosition}>
            <Input maxLength={300} />
          </Form.Item>
        </Space>
        <Form.Item name="conclusion" label={m.units.conclusion}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        {editable && (
          <Button htmlType="submit" loading={save.isPending}>
            {m.units.saveVisit}
          </Button>
        )}
      </Form>
      <Typography.Title level={5}>{m.checklist.title}</Typography.Title>
      <UnitChecklist view={view} unitId={unit.unitId} />
      <Space>
        <a href={minutesUrl(view.id, unit.unitId)}>
          <Button>{m.units.minutes}</Button>
        </a>
        <a href={minutesUrl(view.id, unit.unitId, 'pdf')}>
          <Button>{m.units.minutesPdf}</Button>
        </a>
      </Space>
    </Space>
  )
}
