import { Button, DatePicker, Form, Input } from 'antd'
import type { Dayjs } from 'dayjs'
import { messages } from '../../messages/vi'
import { UnitPicker } from '../units/UnitPicker'

const m = messages.audit

export type AuditFilterValues = {
  unitId: number | null
  actor: string
  range: [Dayjs | null, Dayjs | null] | null
}

export const EMPTY_FILTERS: AuditFilterValues = { unitId: null, actor: '', range: null }

type Props = { value: AuditFilterValues; onChange: (value: AuditFilterValues) => void }

/** Unit, person and date range (dd/mm/yyyy); every change applies at once. */
export function AuditFilters({ value, onChange }: Props) {
  return (
    <Form layout="inline" aria-label={m.filters} style={{ rowGap: 8 }}>
      <Form.Item label={m.unit} style={{ minWidth: 320 }}>
        <UnitPicker
          ariaLabel={m.unit}
          value={value.unitId}
          onChange={(unitId) => onChange({ ...value, unitId })}
        />
      </Form.Item>
      <Form.Item label={m.actor}>
        <Input
          aria-label={m.actor}
          placeholder={m.actorPlaceholder}
          allowClear
          value={value.actor}
          onChange={(event) => onChange({ ...value, actor: event.target.value })}
        />
      </Form.Item>
      <Form.Item label={m.dateRange}>
        <DatePicker.RangePicker
          aria-label={m.dateRange}
          format="DD/MM/YYYY"
          placeholder={[m.dateFrom, m.dateTo]}
          allowEmpty={[true, true]}
          value={value.range}
          onChange={(range) => onChange({ ...value, range })}
        />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange(EMPTY_FILTERS)}>{m.reset}</Button>
      </Form.Item>
    </Form>
  )
}
