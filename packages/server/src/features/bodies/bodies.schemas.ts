import { ElementId } from '@antq/core'
import { z } from 'zod'

export const PlanBodiesParams = z.object({ id: z.coerce.number().int().positive() })
export const PlanBodyParams = PlanBodiesParams.extend({ bodyId: ElementId })
export const CreateBodyUnitInput = z
  .object({ reason: z.string().trim().max(500).optional() })
  .strict()
