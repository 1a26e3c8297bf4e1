// A unit row as core's exclusion and eligibility rules read it: kind, subtype, school level and
// enterprise size (TT 124's exclusions, a plan's exclusions, who may register or report).
import type { RegistrantUnit } from '@antq/core'

export type ProfileRow = {
  kind: string
  subtype: string | null
  school_level: string | null
  enterprise_size: string | null
}

export function toUnitProfile(row: ProfileRow): RegistrantUnit {
  return {
    kind: row.kind,
    subtype: row.subtype,
    schoolLevel: row.school_level,
    enterpriseSize: row.enterprise_size,
  } as RegistrantUnit
}
