import { z } from 'zod'
import {
  AREA_TYPES,
  ENTERPRISE_SIZES,
  SCHOOL_LEVELS,
  UNIT_KINDS,
  UNIT_VERSIONS,
  type UnitKind,
} from './unit-kinds'

export const Unit = z.object({
  id: z.number().int(),
  version: z.enum(UNIT_VERSIONS),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  subtype: z.string().nullable(),
  parentId: z.number().int().nullable(),
  managingUnitId: z.number().int().nullable(),
  path: z.string(),
  areaType: z.enum(AREA_TYPES).nullable(),
  enterpriseSize: z.enum(ENTERPRISE_SIZES).nullable(),
  schoolLevel: z.enum(SCHOOL_LEVELS).nullable(),
  households: z.number().int().nullable(),
  staff: z.number().int().nullable(),
  pupils: z.number().int().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
})
export type Unit = z.infer<typeof Unit>

/** Kinds a version's hierarchy allows as the parent of each kind. */
const PARENT_KINDS: Record<UnitKind, readonly (UnitKind | null)[]> = {
  province: [null],
  district: ['province'],
  commune: ['province', 'district'],
  residential_area: ['commune'],
  agency: ['province', 'district', 'commune', 'agency'],
  enterprise: ['province', 'district', 'commune'],
  school: ['province', 'district', 'commune'],
  organisation: ['province', 'district', 'commune'],
}

export function isParentKindAllowed(kind: UnitKind, parentKind: UnitKind | null): boolean {
  return PARENT_KINDS[kind].includes(parentKind)
}

// Who is outside the ANTT standard (TT 124 Art. 1–2): data, its reason and its formula.
export {
  ANTT_EXCLUSION_RULES,
  anttExclusionFormula,
  findAnttExclusion,
  isMovementField,
  type AnttExclusionRule,
} from './unit-antt-exclusions'

/** Ids of a unit and its ancestors, root first, from its materialised path ("1.5.42."). */
export function pathIds(path: string): number[] {
  return path
    .split('.')
    .filter((part) => part.length > 0)
    .map(Number)
}

/** Whether `path` lies inside the subtree rooted at the unit whose path is `rootPath`. */
export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath)
}
