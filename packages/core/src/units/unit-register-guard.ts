// Who may change what of a unit (issue 15 item 5). Provinces, districts and communes carry
// codes from the national list of administrative units: their names and classes are the
// State's register, changed only by an administrator (who imports the national file). Anyone
// else changes only the figures plans ask units to report (households, staff, pupils); units
// ANTQ users create themselves (residential areas, agencies, schools…) are also edited in full
// by those who may import units (the police running the movement).
import type { Role } from '../permissions/permissions'
import type { UnitKind } from './unit-kinds'

export const OFFICIAL_UNIT_KINDS: readonly UnitKind[] = ['province', 'district', 'commune']

/** The unit's figures plans read as reported data (`unit.households`, `unit.staff`, `unit.pupils`). */
export const REPORTED_UNIT_FIELDS = ['households', 'staff', 'pupils'] as const
export type ReportedUnitField = (typeof REPORTED_UNIT_FIELDS)[number]

export function isOfficialUnit(kind: UnitKind): boolean {
  return OFFICIAL_UNIT_KINDS.includes(kind)
}

/** Every field, or only the reported figures, for these roles on a unit of this kind. */
export function editableUnitFields(
  roles: readonly Role[],
  kind: UnitKind,
): 'all' | readonly ReportedUnitField[] {
  if (roles.includes('admin')) return 'all'
  if (!isOfficialUnit(kind) && roles.includes('plan_owner')) return 'all'
  return REPORTED_UNIT_FIELDS
}

/** The changed fields the roles may not change on this unit (empty: the change is allowed). */
export function refusedUnitFields(
  roles: readonly Role[],
  kind: UnitKind,
  changed: readonly string[],
): string[] {
  const editable = editableUnitFields(roles, kind)
  if (editable === 'all') return []
  return changed.filter((field) => !(editable as readonly string[]).includes(field))
}

/** The Vietnamese refusal, naming what this person may still change. */
export function describeUnitFieldRefusal(kind: UnitKind): string {
  return isOfficialUnit(kind)
    ? 'Đơn vị hành chính theo danh mục nhà nước: chỉ quản trị hệ thống được sửa tên và phân loại; bạn chỉ cập nhật được số hộ gia đình, số cán bộ và số học sinh'
    : 'Bạn chỉ cập nhật được số hộ gia đình, số cán bộ và số học sinh của đơn vị'
}
