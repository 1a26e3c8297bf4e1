import {
  AREA_TYPES,
  ENTERPRISE_SIZES,
  normalizeName,
  SCHOOL_LEVELS,
  UNIT_KINDS,
  UNIT_VERSIONS,
} from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, PAGE_MAX } from '../../http/bounds'

export const UnitIdParams = z.object({ id: z.coerce.number().int().positive().max(DB_INT_MAX) })

export const VersionQuery = z.object({ version: z.enum(UNIT_VERSIONS).default('2025') })

export const ChildrenQuery = z.object({
  kind: z.enum(UNIT_KINDS).optional(),
  page: z.coerce.number().int().min(1).max(PAGE_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
})
export type ChildrenQuery = z.infer<typeof ChildrenQuery>

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'Nhập từ khóa tìm kiếm').max(100),
  version: z.enum(UNIT_VERSIONS).default('2025'),
  kind: z.enum(UNIT_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export type SearchQuery = z.infer<typeof SearchQuery>

const Count = z.number().int().min(0).max(100_000_000).nullable()

export const UpdateUnitInput = z
  .object({
    name: z.string().transform(normalizeName).pipe(z.string().min(1).max(200)).optional(),
    subtype: z.string().max(40).nullable().optional(),
    areaType: z.enum(AREA_TYPES).nullable().optional(),
    enterpriseSize: z.enum(ENTERPRISE_SIZES).nullable().optional(),
    schoolLevel: z.enum(SCHOOL_LEVELS).nullable().optional(),
    households: Count.optional(),
    staff: Count.optional(),
    pupils: Count.optional(),
    rowVersion: z.number().int().positive().max(DB_INT_MAX).optional(),
    reason: z.string().trim().min(3, 'Nêu lý do thay đổi (ít nhất 3 ký tự)').max(500),
  })
  .strict()
export type UpdateUnitInput = z.infer<typeof UpdateUnitInput>

export const ImportQuery = z.object({
  version: z.enum(UNIT_VERSIONS).default('2025'),
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
})
