// Who issued the plan, under what number and date, who signed it, which documents it rests on
// and which higher plan it makes concrete ("cụ thể hóa"); and the period it covers.
import { z } from 'zod'
import { clause, ElementId, IsoDate, PartialDate, Year } from './plan-primitives'

export const PLAN_KINDS = ['emulation_launch', 'exemplary_units', 'multi_year_scheme'] as const
export const PLAN_KIND_LABELS: Record<(typeof PLAN_KINDS)[number], string> = {
  emulation_launch: 'Kế hoạch phát động thi đua',
  exemplary_units: 'Kế hoạch xây dựng điển hình',
  multi_year_scheme: 'Kế hoạch thực hiện đề án nhiều năm',
}
export const ISSUER_LEVELS = ['central', 'province', 'district', 'commune'] as const
/** NĐ 30/2020 signing prefixes; an empty authority list means the head signs in person. */
export const SIGNING_PREFIXES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const
export const BASIS_ROLES = ['basis', 'implements', 'cited', 'replaces'] as const

export const Issuer = z.strictObject({
  ...clause,
  name: z.string().min(1),
  /** The issuer part of the symbol, e.g. "BCĐ" in "KH-BCĐ". */
  code: z.string().min(1),
  level: z.enum(ISSUER_LEVELS),
  /** The administrative unit code, when known (2025 or legacy code set). */
  unitCode: z.string().nullable().default(null),
})

/** Number and symbol; the header quoting them is the metadata's own text. */
export const DocumentNumber = z.strictObject({
  /** The running number; null when the copy left it blank ("Số: /KH-BCĐ"). */
  sequence: z.number().int().positive().nullable(),
  /** Type code and issuer code, e.g. "KH-UBND". */
  symbol: z.string().regex(/^[A-ZĐa-z]+(-[A-ZĐa-z0-9]+)+$/, 'Ký hiệu có dạng KH-UBND'),
})

export const Signer = z.strictObject({
  ...clause,
  name: z.string().min(1).nullable(),
  /** The title printed above the name, e.g. "PHÓ CHỦ TỊCH". */
  title: z.string().min(1).nullable(),
  /** The signer's own post when printed too, e.g. "PHÓ CHỦ TỊCH UBND HUYỆN". */
  position: z.string().min(1).nullable().default(null),
  authority: z
    .array(z.strictObject({ prefix: z.enum(SIGNING_PREFIXES), title: z.string().min(1) }))
    .default([]),
})

export const DocumentRef = z.strictObject({
  ...clause,
  id: ElementId,
  /** Number and symbol as cited, e.g. "124/2021/TT-BCA". */
  ref: z.string().min(1),
  date: PartialDate.nullable().default(null),
  issuer: z.string().min(1).nullable().default(null),
  title: z.string().min(1).nullable().default(null),
  role: z.enum(BASIS_ROLES),
})

export const ParentPlan = z.strictObject({
  ...clause,
  ref: z.string().min(1),
  date: PartialDate.nullable(),
  issuer: z.string().min(1),
  /** The id of the parent plan in this system, when it has been loaded too. */
  planId: z.string().min(1).nullable().default(null),
})

export const Metadata = z.strictObject({
  /** The header block: number, place and date, document type and title. */
  ...clause,
  title: z.string().min(1),
  kind: z.enum(PLAN_KINDS),
  issuer: Issuer,
  number: DocumentNumber.nullable(),
  /** The signing date; partial when the copy leaves day or month blank. */
  date: PartialDate.nullable(),
  place: z.string().min(1).nullable(),
  signer: Signer,
  parentPlan: ParentPlan.nullable().default(null),
  legalBases: z.array(DocumentRef).default([]),
})

export const Phase = z.strictObject({
  ...clause,
  id: ElementId,
  label: z.string().min(1),
  start: IsoDate,
  end: IsoDate,
})

export const Period = z.strictObject({
  ...clause,
  startYear: Year,
  /** null for a plan that repeats every year until replaced. */
  endYear: Year.nullable(),
  start: IsoDate.nullable().default(null),
  end: IsoDate.nullable().default(null),
  /** Whether the plan's cycle repeats each year (registration, recognition, review). */
  yearly: z.boolean().default(false),
  phases: z.array(Phase).default([]),
})
export type Period = z.infer<typeof Period>
export type Metadata = z.infer<typeof Metadata>
