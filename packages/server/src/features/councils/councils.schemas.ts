import { COUNCIL_ROLES, isIssuerCode } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate } from '../../http/bounds'

const IssuerCode = z
  .string()
  .trim()
  .max(40)
  .refine(isIssuerCode, 'Chữ viết tắt cơ quan viết hoa, ví dụ UBND, CAT, BCĐ')

export const CouncilParams = z.object({ councilId: Id })
export const MeetingParams = z.object({ meetingId: Id })

const Member = z.strictObject({
  name: z.string().trim().min(2).max(200),
  position: z.string().trim().max(300).default(''),
  role: z.enum(COUNCIL_ROLES),
})

const Share = z.strictObject({
  numerator: z.number().int().positive().max(DB_INT_MAX),
  denominator: z.number().int().positive().max(DB_INT_MAX),
  strict: z.boolean(),
})

export const CouncilInput = z.strictObject({
  issuerUnitId: Id,
  name: z.string().trim().min(3).max(300),
  issuerCode: IssuerCode,
  members: z.array(Member).min(3).max(60),
  /** Omitted: the default rule (an assumption until a legal text confirms it). */
  rules: z
    .strictObject({ quorum: Share, pass: Share, source: z.string().trim().min(3).max(500) })
    .optional(),
})
export type CouncilInput = z.infer<typeof CouncilInput>

export const MembersInput = z.strictObject({
  members: z.array(Member).min(3).max(60),
  rowVersion: z.number().int().positive().max(DB_INT_MAX),
})

export const MeetingInput = z.strictObject({
  date: IsoDate,
  place: z.string().trim().min(2).max(300),
})

export const AgendaQuery = z.object({ planKey: z.string().min(1).max(100).optional() })

export const AgendaInput = z.strictObject({
  nominationIds: z.array(Id).max(2000),
  rowVersion: z.number().int().positive().max(DB_INT_MAX),
})

export const AttendanceInput = z.strictObject({
  presentMemberIds: z.array(Id).max(60),
  rowVersion: z.number().int().positive().max(DB_INT_MAX),
})

export const VoteInput = z.strictObject({
  nominationId: Id,
  votesFor: z.number().int().min(0).max(DB_INT_MAX),
  votesAgainst: z.number().int().min(0).max(DB_INT_MAX),
})

export const CloseInput = z.strictObject({
  rowVersion: z.number().int().positive().max(DB_INT_MAX),
})
