import { RegistrationPledge } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX, Id, IsoDate, UnitIdList } from '../../http/bounds'

const Year = z.coerce.number().int().min(2000).max(2100)

export const PlanParams = z.object({ planId: Id })

export const ListQuery = z.object({ year: Year, unitId: Id.optional() })

export const YearQuery = z.object({ year: Year })

export const ImportQuery = z.object({
  year: Year,
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
})

export const RegisterInput = z.object({
  year: z.number().int().min(2000).max(2100),
  items: z
    .array(
      z.object({ unitId: z.number().int().positive().max(DB_INT_MAX), pledge: RegistrationPledge }),
    )
    .min(1, 'Chưa có đơn vị nào để đăng ký')
    .max(5000, 'Mỗi lần đăng ký tối đa 5.000 đơn vị'),
  reason: z.string().trim().max(2000).optional(),
})

export const ExtensionInput = z.object({
  closes: z.literal('registration'),
  year: z.number().int().min(2000).max(2100),
  unitIds: UnitIdList.nullable(),
  until: IsoDate,
  reason: z.string().trim().min(1, 'Cần ghi lý do gia hạn').max(2000),
})
