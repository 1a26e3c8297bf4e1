import { useMemo, useState } from 'react'
import { Select, Typography } from 'antd'
import { UNIT_KIND_LABELS, type UnitVersion } from '@antq/core'
import type { UnitRef } from '../../api/types'
import { useDebouncedValue } from '../../hooks/use-debounced-value'
import { messages } from '../../messages/vi'
import { MIN_SEARCH_LENGTH, useUnitSearch } from './use-unit-queries'

type Props = {
  value?: number | null
  onChange?: (value: number | null) => void
  /** The unit already chosen, so its name shows before any search. */
  initialUnit?: UnitRef | null
  version?: UnitVersion
  ariaLabel?: string
  placeholder?: string
  id?: string
}

type Option = { value: number; label: string; trail?: string; kind: string }

/** Pick one unit by typing part of its name (accent-insensitive, via /api/units/search). */
export function UnitPicker({
  value,
  onChange,
  initialUnit,
  version = '2025',
  ariaLabel,
  placeholder,
  id,
}: Props) {
  const [text, setText] = useState('')
  const [chosen, setChosen] = useState<Option | null>(null)
  const query = useDebouncedValue(text.trim(), 300)
  const search = useUnitSearch(query, version)

  const options = useMemo(() => {
    const found: Option[] = (search.data ?? []).map((unit) => ({
      value: unit.id,
      label: `${unit.name} (${unit.code})`,
      trail: unit.trail,
      kind: UNIT_KIND_LABELS[unit.kind],
    }))
    const known =
      chosen ??
      (initialUnit && {
        value: initialUnit.id,
        label: `${initialUnit.name} (${initialUnit.code})`,
        kind: UNIT_KIND_LABELS[initialUnit.kind],
      })
    if (known && known.value === value && !found.some((option) => option.value === known.value))
      found.unshift(known)
    return found
  }, [search.data, chosen, initialUnit, value])

  return (
    <Select<number | null, Option>
      id={id}
      aria-label={ariaLabel ?? messages.unitPicker.label}
      placeholder={placeholder ?? messages.unitPicker.placeholder}
      value={value ?? null}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      options={options}
      loading={search.isFetching}
      notFoundContent={
        query.length >= MIN_SEARCH_LENGTH && !search.isFetching
          ? messages.units.searchEmpty
          : messages.units.searchTooShort
      }
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[option.data.kind, option.data.trail].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      )}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option : null)
        setText('')
        onChange?.(next ?? null)
      }}
      style={{ width: '100%' }}
    />
  )
}
