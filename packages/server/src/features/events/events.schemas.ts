import { EVENT_LIMITS, EVENT_PROGRAMME_PARTS } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id as id, IsoDate } from '../../http/bounds'

const year = z.coerce.number().int().min(2000).max(2100)
const text = (max: number) => z.string().trim().min(1).max(max)
const isoDate = IsoDate

export const PlanParams = z.object({ planId: id })
export const EventParams = z.object({ eventId: id })
export const PhotoParams = z.object({ eventId: id, photoId: id })
export const YearQuery = z.object({ year: year.optional() })
export const DecisionsQuery = z.object({ unitId: id, year })

export const RecordEventInput = z
  .object({
    planEventId: z.string().min(1).max(64),
    unitId: z.number().int().positive().max(DB_INT_MAX),
    heldOn: isoDate,
    title: text(EVENT_LIMITS.titleLength),
    place: text(EVENT_LIMITS.placeLength),
    participants: z.number().int().min(0).max(EVENT_LIMITS.participants),
    programme: z
      .array(
        z.object({ part: z.enum(EVENT_PROGRAMME_PARTS), title: text(EVENT_LIMITS.itemLength) }),
      )
      .max(EVENT_LIMITS.programmeItems),
    models: z.array(text(200)).max(EVENT_LIMITS.models).default([]),
    awards: z
      .array(
        z.object({
          decisionId: z.number().int().positive().max(DB_INT_MAX),
          note: z.string().trim().max(500).nullable().default(null),
        }),
      )
      .max(EVENT_LIMITS.awards)
      .default([]),
    notes: z.string().trim().max(2000).nullable().default(null),
  })
  .strict()
export type RecordEventInput = z.infer<typeof RecordEventInput>
