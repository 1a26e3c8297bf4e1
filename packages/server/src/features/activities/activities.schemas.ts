import { ACTIVITY_AUDIENCES, ACTIVITY_KINDS } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate } from '../../http/bounds'

const id = Id
const date = IsoDate
const kinds = ACTIVITY_KINDS.map((kind) => kind.id) as [string, ...string[]]
const audiences = ACTIVITY_AUDIENCES.map((audience) => audience.id) as [string, ...string[]]

export const UnitParams = z.object({ unitId: id })
export const ActivityParams = z.object({ unitId: id, activityId: id })
export const ListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  kind: z.enum(kinds).optional(),
  audience: z.enum(audiences).optional(),
  q: z.string().trim().max(100).optional(),
})

// Kinds and audiences are checked by core (checkActivityEntry) so the refusal is in Vietnamese;
// here only the shape and sizes are bounded.
export const ActivityInput = z
  .object({
    heldOn: date,
    kind: z.string().max(40),
    audience: z.string().max(40),
    reached: z.number().int().min(0).max(1_000_000).nullable(),
    title: z.string().trim().max(300),
    /** A residential area under the unit where the session was held; null: the unit itself. */
    areaId: z.number().int().positive().max(DB_INT_MAX).nullable(),
    fileId: z.number().int().positive().max(DB_INT_MAX).nullable(),
  })
  .strict()
export type ActivityInput = z.infer<typeof ActivityInput>

export const WithdrawInput = z
  .object({ reason: z.string().trim().min(5, 'Cần ghi lý do (ít nhất 5 ký tự)').max(2000) })
  .strict()
