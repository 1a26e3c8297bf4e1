// Shared inputs of the plan editor: comparator, threshold and a dd/mm/yyyy date.
import { DatePicker, Input, Select } from 'antd'
import { COMPARATORS } from '@antq/core'
import { messages } from '../../messages/vi'

const e = messages.planEdit

export const COMPARATOR_OPTIONS = COMPARATORS.map((value) => ({
  value,
  label: messages.planTerms.comparatorOptions[value],
}))

export const comparatorSelect = <Select options={COMPARATOR_OPTIONS} style={{ minWidth: 150 }} />
export const thresholdInput = <Input placeholder={e.thresholdPlaceholder} style={{ width: 180 }} />
export const dateInput = (
  <DatePicker format="DD/MM/YYYY" placeholder={e.datePlaceholder} style={{ width: 160 }} />
)
export const annualInput = (
  <DatePicker format="DD/MM" placeholder={e.annualPlaceholder} style={{ width: 160 }} />
)
