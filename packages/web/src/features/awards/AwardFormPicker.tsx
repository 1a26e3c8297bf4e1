import { Select, Typography } from 'antd'
import type { AwardForm } from '@antq/core'
import { awardMessages as m } from '../../messages/vi-awards'
import type { FormQuota } from './awards-types'

type Props = {
  id?: string
  value?: string
  onChange?: (value: string) => void
  forms: readonly AwardForm[]
  quotas: readonly FormQuota[]
  /** The proposing unit and its ancestors: the allocations that bind it. */
  unitChain: readonly number[]
}

/** "Đã dùng 7/9 …" for a form, as it applies to the proposing unit (tightest count). */
export function quotaText(quota: FormQuota | undefined, unitChain: readonly number[]): string {
  if (!quota || quota.quota.type === 'discretion') return m.quota.none
  if (quota.overall) return quota.overall.message
  const binding = quota.allocations
    .filter((allocation) => unitChain.includes(allocation.toUnit.id))
    .sort((a, b) => (a.inUse.remaining ?? 0) - (b.inUse.remaining ?? 0))[0]
  return binding ? binding.inUse.message : m.quotas.none
}

/** The plan's award forms with the quota in use beside each. */
export function AwardFormPicker({ id, value, onChange, forms, quotas, unitChain }: Props) {
  const options = forms.map((form) => ({
    value: form.id,
    label: form.name,
    quota: quotaText(
      quotas.find((quota) => quota.awardFormId === form.id),
      unitChain,
    ),
  }))
  const chosen = options.find((option) => option.value === value)
  return (
    <>
      <Select
        id={id}
        value={value}
        onChange={onChange}
        options={options}
        optionRender={(option) => (
          <div>
            <div>{option.data.label}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.quota}
            </Typography.Text>
          </div>
        )}
      />
      {chosen && (
        <Typography.Text type="secondary" data-testid="form-quota">
          {m.quota.label}: {chosen.quota}
        </Typography.Text>
      )}
    </>
  )
}
