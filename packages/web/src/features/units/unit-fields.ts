// Which optional attributes matter for which kind of unit, and the ancestors in root-first order.
import { UNIT_SUBTYPES, type UnitKind } from '@antq/core'
import type { UnitRef, UnitView } from '../../api/types'

export type OptionalField =
  'subtype' | 'areaType' | 'enterpriseSize' | 'schoolLevel' | 'households' | 'staff' | 'pupils'

const RELEVANT: Record<UnitKind, readonly OptionalField[]> = {
  province: ['subtype', 'households', 'staff'],
  district: ['subtype', 'areaType', 'households', 'staff'],
  commune: ['subtype', 'areaType', 'households', 'staff'],
  residential_area: ['subtype', 'areaType', 'households'],
  agency: ['subtype', 'staff'],
  enterprise: ['enterpriseSize', 'staff'],
  school: ['schoolLevel', 'staff', 'pupils'],
  organisation: ['subtype', 'staff'],
}

/** A field is shown when it matters for the kind, or when the unit already has a value. */
export function isFieldShown(unit: UnitView, field: OptionalField): boolean {
  if (field === 'subtype' && Object.keys(UNIT_SUBTYPES[unit.kind]).length === 0)
    return unit.subtype !== null
  return RELEVANT[unit.kind].includes(field) || (unit[field] !== null && unit[field] !== undefined)
}

/** Ancestors root first, whichever order the server sent them in. */
export function rootFirst(unit: UnitView): UnitRef[] {
  const list = unit.ancestors
  const parentId = unit.parent?.id
  if (list.length > 1 && list[0]?.id === parentId) return [...list].reverse()
  return list
}
