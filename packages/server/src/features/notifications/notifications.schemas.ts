import { NUDGE_LISTS, REMINDER_DAYS_MAX, REMINDER_STEPS_MAX } from '@antq/core'
import { z } from 'zod'
import { Id, IsoDate } from '../../http/bounds'

export const PlanParams = z.object({ id: Id })
export const NotificationParams = z.object({ id: Id })

export const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(30) })

export const SettingsBody = z.object({
  email: z.email('Địa chỉ thư điện tử không hợp lệ').max(254).nullable(),
  phone: z
    .string()
    .max(20)
    .regex(/^\+?[0-9 .]{8,20}$/, 'Số điện thoại chỉ gồm chữ số, ví dụ 0912 345 678')
    .nullable(),
  inApp: z.boolean(),
  email_channel: z.boolean(),
})
export type SettingsBody = z.infer<typeof SettingsBody>

export const RulesBody = z.object({
  daysBefore: z.array(z.number().int().min(1).max(REMINDER_DAYS_MAX)).max(REMINDER_STEPS_MAX),
  onDay: z.boolean(),
  whenLate: z.boolean(),
  escalateAfterDays: z.number().int().min(1).max(90).nullable(),
  reason: z.string().trim().max(500).optional(),
})
export type RulesBody = z.infer<typeof RulesBody>

export const NudgeBody = z.object({
  list: z.enum(NUDGE_LISTS),
  unitId: Id,
  year: z.number().int().min(1900).max(2199).optional(),
  periodId: z
    .string()
    .max(8)
    .regex(/^\d{4}(-[A-Z0-9]{1,3})?$/)
    .optional(),
  obligationId: z.string().max(80).optional(),
  periodKey: z.string().max(40).optional(),
  closedOn: IsoDate.optional(),
})
export type NudgeInput = z.infer<typeof NudgeBody>
