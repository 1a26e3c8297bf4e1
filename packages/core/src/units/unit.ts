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

type AnttSubjectInput = Pick<Unit, 'kind' | 'subtype' | 'enterpriseSize' | 'schoolLevel'>

/**
 * Whether a unit is subject to the ANTT standard (Thông tư 124/2021 Art. 1–2): armed-forces
 * bodies, small and micro enterprises, primary schools, kindergartens and crèches are not.
 * Returns the Vietnamese reason when excluded.
 */
export function findAnttExclusion(unit: AnttSubjectInput): string | undefined {
  if (unit.kind === 'province' || unit.kind === 'district')
    return 'Tiêu chuẩn áp dụng cho khu dân cư, xã, cơ quan, doanh nghiệp, cơ sở giáo dục (Thông tư 124/2021, Điều 1)'
  // TT 124 covers organisations "funded by the state budget": religious ones are not.
  if (unit.kind === 'organisation' && unit.subtype === 'religious')
    return 'Tổ chức tôn giáo không thuộc đối tượng (Thông tư 124/2021, Điều 2)'
  if (unit.kind === 'agency' && unit.subtype === 'armed_forces')
    return 'Đơn vị lực lượng vũ trang không thuộc đối tượng (Thông tư 124/2021, Điều 2)'
  if (
    unit.kind === 'enterprise' &&
    (unit.enterpriseSize === 'small' || unit.enterpriseSize === 'micro')
  )
    return 'Doanh nghiệp nhỏ và siêu nhỏ không thuộc đối tượng (Thông tư 124/2021, Điều 2)'
  if (
    unit.kind === 'school' &&
    (unit.schoolLevel === 'primary' ||
      unit.schoolLevel === 'kindergarten' ||
      unit.schoolLevel === 'creche')
  )
    return 'Trường tiểu học, mầm non, nhà trẻ không thuộc đối tượng (Thông tư 124/2021, Điều 2)'
  return undefined
}

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
