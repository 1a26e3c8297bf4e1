import { ISSUING_BODIES, SIGNING_MODES } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate } from '../../http/bounds'

export const BodyParams = z.object({ unitId: Id, body: z.enum(ISSUING_BODIES) })

const Signer = z.strictObject({
  /** Stable within the body: a decision or tờ trình names its signer by it. */
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/, 'Mã người ký chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
  name: z.string().trim().min(2).max(200),
  title: z.string().trim().min(2).max(200),
  mode: z.enum(SIGNING_MODES),
})

const Basis = z.strictObject({
  text: z.string().trim().min(5).max(600),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
})

export const SettingsInput = z.strictObject({
  headTitle: z.string().trim().min(2).max(120),
  signers: z.array(Signer).max(30),
  legalBases: z.array(Basis).max(30),
  /** null for the body's first save. */
  rowVersion: z.number().int().positive().max(DB_INT_MAX).nullable(),
})
export type SettingsInput = z.infer<typeof SettingsInput>
