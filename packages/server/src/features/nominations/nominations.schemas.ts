// HTTP shapes of the nominations feature (zod at the boundary).
import { NomineePerson, quotaCountProblem, TASK_RATINGS } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id as id, IsoDate, PAGE_MAX, UnitIdList } from '../../http/bounds'

const year = z.coerce.number().int().min(2000).max(2100)
const rowVersion = z.number().int().positive().max(DB_INT_MAX)
const elementId = z.string().trim().min(1).max(64)

export const PlanParams = z.object({ planId: id })
export const NominationParams = z.object({ id })
export const FileParams = z.object({ id, fileId: id })

/** What a person's own facts are (the unit's come from its evaluations and reports). */
export const PersonFactsInput = z
  .object({
    isLeader: z.boolean().nullable().default(null),
    familyCultural: z.boolean().nullable().default(null),
    taskRating: z.enum(TASK_RATINGS).nullable().default(null),
  })
  .strict()

export const NomineeInput = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('collective'), unitId: id, modelId: id.nullable().optional() })
    .strict(),
  z
    .object({
      kind: z.literal('individual'),
      person: NomineePerson,
      facts: PersonFactsInput.default({ isLeader: null, familyCultural: null, taskRating: null }),
    })
    .strict(),
])
export type NomineeInput = z.infer<typeof NomineeInput>

export const CreateNominationInput = z
  .object({
    year,
    awardFormId: elementId,
    proposingUnitId: id,
    subjectId: elementId,
    nominee: NomineeInput,
    achievementSummary: z.string().trim().max(5000).default(''),
  })
  .strict()
export type CreateNominationInput = z.infer<typeof CreateNominationInput>

export const UpdateNominationInput = z
  .object({
    awardFormId: elementId.optional(),
    subjectId: elementId.optional(),
    nominee: NomineeInput.optional(),
    achievementSummary: z.string().trim().max(5000).optional(),
    rowVersion,
  })
  .strict()
export type UpdateNominationInput = z.infer<typeof UpdateNominationInput>

export const NominationActionInput = z
  .object({
    action: z.enum(['submit', 'withdraw', 'cancel', 'revise', 'appraise', 'return', 'reject']),
    reason: z.string().trim().max(2000).optional(),
    /** Appraise although a dossier item is missing; needs a reason (nominations-appraisal.ts). */
    overrideDossier: z.boolean().optional(),
    rowVersion,
  })
  .strict()
export type NominationActionInput = z.infer<typeof NominationActionInput>

export const ListNominationsQuery = z.object({
  planId: id.optional(),
  year: year.optional(),
  unitId: id.optional(),
  status: z.string().trim().max(20).optional(),
  awardFormId: elementId.optional(),
  page: z.coerce.number().int().min(1).max(PAGE_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
export type ListNominationsQuery = z.infer<typeof ListNominationsQuery>

export const UploadQuery = z.object({
  /** A dossier item of the form, or `evidence` for an attested condition's evidence. */
  itemId: elementId,
  /** Shared by all the unit's nominations of the form (letter, list, minutes). */
  batch: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
})

export const AttestInput = z
  .object({
    conditionKey: z.string().trim().min(3).max(140),
    evidenceFileId: id,
    confirmedBy: z.string().trim().min(3, 'Cần ghi họ tên, chức vụ người xác nhận').max(300),
    confirmedAt: IsoDate,
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
export const AttestationQuery = z.object({ conditionKey: z.string().trim().min(3).max(140) })

export const QuotaQuery = z.object({ year, awardFormId: elementId.optional() })
export const AllocateInput = z
  .object({
    year,
    awardFormId: elementId,
    /** null: received from the authority outside the register (e.g. UBND tỉnh). */
    fromUnitId: id.nullable(),
    toUnitId: id,
    // Refused with the value read, never clamped (core quota-count.ts).
    count: z.number().superRefine((count, context) => {
      const problem = quotaCountProblem(count)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    }),
    note: z.string().trim().max(2000).default(''),
    rowVersion: rowVersion.optional(),
  })
  .strict()
export type AllocateInput = z.infer<typeof AllocateInput>

export const ExtensionInput = z
  .object({
    /** Which deadline: the units' dossier (default) or the board's appraisal. */
    closes: z.enum(['dossier', 'appraisal']).default('dossier'),
    year,
    unitIds: UnitIdList.nullable(),
    until: IsoDate,
    reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
  })
  .strict()
export type ExtensionInput = z.infer<typeof ExtensionInput>
