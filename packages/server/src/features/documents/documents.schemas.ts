import { CERTIFICATE_FIELD_IDS } from '@antq/documents'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate } from '../../http/bounds'

export const DocumentParams = z.object({ kind: z.string().min(1).max(60), id: Id })
export const DocumentQuery = z.object({ format: z.enum(['docx', 'xlsx', 'pdf']).optional() })

export const LayoutParams = z.object({ unitId: Id, awardFormId: z.string().min(1).max(100) })
export const LayoutQuery = z.object({ formName: z.string().max(300).default('') })

const Mm = z.number().min(-500).max(500)
const FieldOverride = z
  .strictObject({
    xMm: Mm,
    yMm: Mm,
    widthMm: Mm,
    heightMm: Mm,
    sizePt: z.number().min(1).max(200),
    bold: z.boolean(),
    italics: z.boolean(),
    align: z.enum(['left', 'center', 'right']),
    uppercase: z.boolean(),
    visible: z.boolean(),
  })
  .partial()

export const LayoutInput = z.strictObject({
  overrides: z.strictObject({
    pageWidthMm: z.number().min(1).max(1000).optional(),
    pageHeightMm: z.number().min(1).max(1000).optional(),
    offsetMm: z.strictObject({ x: Mm.optional(), y: Mm.optional() }).optional(),
    fields: z.partialRecord(z.enum(CERTIFICATE_FIELD_IDS), FieldOverride).optional(),
  }),
  formName: z.string().max(300).default(''),
  /** null for the first save of this issuer and form. */
  rowVersion: z.number().int().positive().max(DB_INT_MAX).nullable(),
})

export const SubmissionNumberInput = z.strictObject({
  issuerCode: z.string().trim().min(1).max(30),
  /** The tờ trình's date: printed on it and the year its number counts in. */
  date: IsoDate,
  /** A signer of the proposing unit's body (ADR 030); omitted: its head, when listed. */
  signerKey: z.string().trim().min(1).max(40).optional(),
})
