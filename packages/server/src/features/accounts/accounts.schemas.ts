import { ROLES } from '@antq/core'
import { z } from 'zod'
import { DB_INT_MAX } from '../../http/bounds'

export const AccountIdParams = z.object({ id: z.coerce.number().int().positive().max(DB_INT_MAX) })
export const ListAccountsQuery = z.object({ q: z.string().trim().max(64).optional() })

export const CreateAccountInput = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,64}$/, 'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu . _ -'),
    fullName: z.string().trim().min(2).max(120),
    password: z.string().min(1).max(256),
    roles: z.array(z.enum(ROLES)).min(1, 'Chọn ít nhất một vai trò').max(ROLES.length),
    scopeUnitId: z.number().int().positive().max(DB_INT_MAX).nullable(),
  })
  .strict()
export type CreateAccountInput = z.infer<typeof CreateAccountInput>

export const UpdateAccountInput = z
  .object({
    fullName: z.string().trim().min(2).max(120).optional(),
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
    scopeUnitId: z.number().int().positive().max(DB_INT_MAX).nullable().optional(),
    active: z.boolean().optional(),
    password: z.string().min(1).max(256).optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  // An empty change would be an UPDATE without columns (a server error before).
  .refine((input) => Object.keys(input).some((key) => key !== 'reason'), {
    message: 'Chưa có thay đổi nào để lưu',
  })
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>
