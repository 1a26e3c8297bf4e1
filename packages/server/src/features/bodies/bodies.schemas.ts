import { ElementId } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX } from '../../http/bounds'

export const PlanBodiesParams = z.object({ id: z.coerce.number().int().positive().max(DB_INT_MAX) })
export const PlanBodyParams = PlanBodiesParams.extend({ bodyId: ElementId })
export const CreateBodyUnitInput = z
  .object({ reason: z.string().trim().max(500).optional() })
  .strict()
