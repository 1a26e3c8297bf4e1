import { Alert, Descriptions, type DescriptionsProps } from 'antd'
import {
  AREA_TYPE_LABELS,
  ENTERPRISE_SIZE_LABELS,
  SCHOOL_LEVEL_LABELS,
  UNIT_KIND_LABELS,
  UNIT_VERSION_LABELS,
  subtypeLabel,
} from '@antq/core'
import type { UnitView } from '../../api/types'
import { formatDateOrDash, formatNumber, orDash } from '../../lib/format'
import { messages } from '../../messages/vi'
import { isFieldShown, type OptionalField } from './unit-fields'
import { UnitLink } from './UnitLink'

const f = messages.unit.fields

function validity(unit: UnitView): string {
  const from = unit.validFrom ? formatDateOrDash(unit.validFrom) : messages.unit.unknownStart
  const until = unit.validUntil ? formatDateOrDash(unit.validUntil) : messages.unit.openEnded
  return messages.unit.validity(from, until)
}

/** Every attribute of a unit, in the order a clerk reads a unit card. */
export function UnitDetails({ unit }: { unit: UnitView }) {
  const optional: Record<OptionalField, DescriptionsProps['items']> = {
    subtype: [
      {
        key: 'subtype',
        label: f.subtype,
        children: orDash(unit.subtypeLabel ?? subtypeLabel(unit.kind, unit.subtype)),
      },
    ],
    areaType: [
      {
        key: 'areaType',
        label: f.areaType,
        children: unit.areaType ? AREA_TYPE_LABELS[unit.areaType] : orDash(null),
      },
    ],
    enterpriseSize: [
      {
        key: 'enterpriseSize',
        label: f.enterpriseSize,
        children: unit.enterpriseSize ? ENTERPRISE_SIZE_LABELS[unit.enterpriseSize] : orDash(null),
      },
    ],
    schoolLevel: [
      {
        key: 'schoolLevel',
        label: f.schoolLevel,
        children: unit.schoolLevel ? SCHOOL_LEVEL_LABELS[unit.schoolLevel] : orDash(null),
      },
    ],
    households: [
      { key: 'households', label: f.households, children: formatNumber(unit.households) },
    ],
    staff: [{ key: 'staff', label: f.staff, children: formatNumber(unit.staff) }],
    pupils: [{ key: 'pupils', label: f.pupils, children: formatNumber(unit.pupils) }],
  }
  const pick = (field: OptionalField) => (isFieldShown(unit, field) ? (optional[field] ?? []) : [])

  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: f.kind, children: unit.kindLabel || UNIT_KIND_LABELS[unit.kind] },
    ...pick('subtype'),
    { key: 'code', label: f.code, children: unit.code },
    { key: 'version', label: f.version, children: UNIT_VERSION_LABELS[unit.version] },
    { key: 'parent', label: f.parent, children: <UnitLink unit={unit.parent} /> },
    { key: 'managingUnit', label: f.managingUnit, children: <UnitLink unit={unit.managingUnit} /> },
    ...pick('areaType'),
    ...pick('enterpriseSize'),
    ...pick('schoolLevel'),
    ...pick('households'),
    ...pick('staff'),
    ...pick('pupils'),
    { key: 'childCount', label: f.childCount, children: formatNumber(unit.childCount) },
    { key: 'validity', label: f.validity, children: validity(unit) },
  ]

  return (
    <>
      {unit.anttExclusion && (
        <Alert
          type="warning"
          showIcon
          title={messages.unit.anttExclusion}
          description={unit.anttExclusion}
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
    </>
  )
}
