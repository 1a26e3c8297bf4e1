import { Form, Input, InputNumber, Radio, Select, Typography } from 'antd'
import type { RecordedFigure, ReportField as Field } from '@antq/core'
import { TYPED_MODEL_FIGURES } from '@antq/core'
import { messages } from '../../messages/vi'
import { crimeStatisticsMessages } from '../../messages/vi-crime-statistics'
import { activityMessages } from '../../messages/vi-activities'
import { activityFigureOfTypedField } from '@antq/core'
import { modelMessages } from '../../messages/vi-models'

const m = messages.reports.form

type Value = number | boolean | string | null | undefined
type Props = {
  field: Field
  value: Value
  issue: string | undefined
  disabled: boolean
  /** The same figure computed from the police's records, when they hold it (issue 12 item 6). */
  recorded?: RecordedFigure
  onChange: (value: number | boolean | string | null) => void
}

function hintOf(field: Field): string | undefined {
  if (field.origin === 'register') return m.register
  if (field.origin === 'baseline' && field.baselineYear) return m.baseline(field.baselineYear)
  return field.source ?? undefined
}

/** One figure of the report form; the reason it is refused shows right under it. */
export function ReportField({ field, value, issue, disabled, recorded, onChange }: Props) {
  // The activity log stands for some figures, the model register and the police's statistics
  // for others: the label names the records the figure comes from.
  const recordedText = activityFigureOfTypedField(field.id)
    ? activityMessages.report
    : field.id in TYPED_MODEL_FIGURES
      ? { ...crimeStatisticsMessages.report, ...modelMessages.report }
      : crimeStatisticsMessages.report
  const input = () => {
    switch (field.type) {
      case 'number':
        // No min: a negative count must reach the check so its reason is shown.
        return (
          <InputNumber
            id={`field-${field.id}`}
            style={{ width: 220 }}
            value={typeof value === 'number' ? value : null}
            disabled={disabled}
            onChange={(next) => onChange(typeof next === 'number' ? next : null)}
          />
        )
      case 'boolean':
        return (
          <Radio.Group
            id={`field-${field.id}`}
            value={typeof value === 'boolean' ? value : undefined}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value as boolean)}
            options={[
              { value: true, label: m.yes },
              { value: false, label: m.no },
            ]}
          />
        )
      case 'enum':
        return (
          <Select
            id={`field-${field.id}`}
            style={{ maxWidth: 360 }}
            allowClear
            value={typeof value === 'string' ? value : undefined}
            disabled={disabled}
            options={field.values}
            onChange={(next?: string) => onChange(next ?? null)}
          />
        )
      case 'string':
        return (
          <Input.TextArea
            id={`field-${field.id}`}
            rows={2}
            value={typeof value === 'string' ? value : ''}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value || null)}
          />
        )
    }
  }
  return (
    <Form.Item
      label={field.label}
      htmlFor={`field-${field.id}`}
      extra={hintOf(field)}
      validateStatus={issue ? 'error' : undefined}
      help={issue}
    >
      {input()}
      {recorded && recorded.recorded !== null && (
        <Typography.Text
          type={recorded.differs ? 'warning' : 'secondary'}
          style={{ marginLeft: 12 }}
        >
          {recorded.text ?? recordedText.recorded(recorded.recorded)}
          {recorded.differs && ` — ${recordedText.differs}`}
        </Typography.Text>
      )}
    </Form.Item>
  )
}
