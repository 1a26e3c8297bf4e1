// Inspection inputs, every one bounded: texts by length, lists by size, dates real and yyyy-mm-dd.
import {
  ACTION_STATUSES,
  FINDING_RESULTS,
  INSPECTION_ACTIONS,
  INSPECTION_MEMBER_ROLES,
} from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate } from '../../http/bounds'

const Day = IsoDate
const text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, 'Không được để trống')
    .max(max, `Tối đa ${max.toLocaleString('vi-VN')} ký tự`)
const optionalText = (max: number) => text(max).nullable().default(null)
const RowVersion = z.number().int().positive().max(DB_INT_MAX)

export const PlanParams = z.object({ planId: Id })
export const InspectionParams = z.object({ inspectionId: Id })
export const UnitParams = z.object({ inspectionId: Id, unitId: Id })
export const ActionParams = z.object({ inspectionId: Id, actionId: Id })
export const MinutesQuery = z.object({ format: z.enum(['docx', 'pdf']).default('docx') })

const Member = z.strictObject({
  name: text(200),
  position: text(300).or(z.literal('')).default(''),
  unitName: text(300).or(z.literal('')).default(''),
  role: z.enum(INSPECTION_MEMBER_ROLES),
})
export type MemberInput = z.infer<typeof Member>

const InspectionFields = {
  year: z.number().int().min(2000).max(2100),
  title: text(500, 3),
  reference: optionalText(300),
  periodFrom: Day,
  periodTo: Day,
  leadUnitId: Id.nullable().default(null),
  leadName: text(300),
  planInspectionId: z.string().max(64).nullable().default(null),
}

export const InspectionInput = z.strictObject({
  ...InspectionFields,
  members: z.array(Member).max(30, 'Tối đa 30 thành viên').default([]),
})
export type InspectionInput = z.infer<typeof InspectionInput>

export const InspectionPatch = z.strictObject({ ...InspectionFields, rowVersion: RowVersion })
export type InspectionPatch = z.infer<typeof InspectionPatch>

export const StatusInput = z.strictObject({
  action: z.enum(INSPECTION_ACTIONS),
  rowVersion: RowVersion,
  reason: optionalText(1000),
})

export const MembersInput = z.strictObject({
  members: z.array(Member).min(1).max(30, 'Tối đa 30 thành viên'),
  rowVersion: RowVersion,
})

export const UnitInput = z.strictObject({ unitId: Id })

export const VisitInput = z.strictObject({
  visitedOn: Day.nullable().default(null),
  place: optionalText(300),
  representativeName: optionalText(200),
  representativePosition: optionalText(300),
  conclusion: optionalText(5000),
})
export type VisitInput = z.infer<typeof VisitInput>

const Finding = z.strictObject({
  itemKey: z.string().min(1).max(200),
  /** Required for a free item (`free:…`); plan items take the plan's wording. */
  label: optionalText(1000),
  result: z.enum(FINDING_RESULTS),
  note: text(2000).or(z.literal('')).default(''),
})
export type FindingInput = z.infer<typeof Finding>

export const FindingsInput = z.strictObject({
  findings: z.array(Finding).max(300, 'Tối đa 300 nội dung kiểm tra'),
})

export const ActionInput = z.strictObject({
  unitId: Id.nullable().default(null),
  what: text(2000),
  ownerUnitId: Id,
  dueOn: Day,
})
export type ActionInput = z.infer<typeof ActionInput>

export const ActionStatusInput = z.strictObject({ status: z.enum(ACTION_STATUSES) })
