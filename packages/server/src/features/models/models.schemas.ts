// HTTP shapes of the model register (zod at the boundary; the rules tying the fields are core's
// and the service's, so a refusal names the field in Vietnamese).
import { MODEL_BODIES, MODEL_REVIEW_PERIODS, MODEL_TYPES } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate } from '../../http/bounds'

const id = Id
const year = z.coerce.number().int().min(2000).max(2100)
const day = IsoDate
const rowVersion = z.number().int().positive().max(DB_INT_MAX)
const typeIds = MODEL_TYPES.map((type) => type.id) as [string, ...string[]]
const bodies = Object.keys(MODEL_BODIES) as [
  keyof typeof MODEL_BODIES,
  ...(keyof typeof MODEL_BODIES)[],
]
const periods = MODEL_REVIEW_PERIODS.map((period) => period.id) as [string, ...string[]]

export const UnitParams = z.object({ unitId: id })
export const ModelParams = z.object({ id })
export const PlanParams = z.object({ id, year })
export const ReviewParams = z.object({ id, year, period: z.enum(periods) })
export const YearQuery = z.object({ year })

const Site = z.object({ unitId: id, teams: z.number().int().min(1).max(1000) }).strict()

const ModelFields = {
  name: z.string().trim().min(1, 'Cần tên mô hình').max(300),
  typeId: z.enum(typeIds),
  body: z.enum(bodies).default('model'),
  members: z.number().int().min(0).max(100_000),
  startedOn: day,
  zaloGroup: z.string().trim().max(300).nullable().default(null),
  sites: z.array(Site).max(200).default([]),
}

export const CreateModelInput = z.object(ModelFields).strict()
export type CreateModelInput = z.infer<typeof CreateModelInput>

export const UpdateModelInput = z
  .object({ ...ModelFields, rowVersion, reason: z.string().trim().max(2000).default('') })
  .strict()
export type UpdateModelInput = z.infer<typeof UpdateModelInput>

export const SavePlanInput = z
  .object({
    adoptedOn: day,
    targetCount: z.number().int().min(1).max(100),
    summary: z.string().trim().max(5000).default(''),
  })
  .strict()
export type SavePlanInput = z.infer<typeof SavePlanInput>

export const SaveReviewInput = z
  .object({
    targetsDone: z.number().int().min(0).max(100),
    reviewedOn: day,
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
export type SaveReviewInput = z.infer<typeof SaveReviewInput>

export const EndModelInput = z
  .object({
    status: z.enum(['dissolved', 'replaced']),
    endedOn: day,
    reason: z.string().trim().min(5, 'Cần ghi lý do (ít nhất 5 ký tự)').max(2000),
    replacedBy: id.nullable().default(null),
    rowVersion,
  })
  .strict()
export type EndModelInput = z.infer<typeof EndModelInput>
