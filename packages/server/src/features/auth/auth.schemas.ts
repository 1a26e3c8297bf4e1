import { z } from 'zod'

export const LoginInput = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Nhập mật khẩu').max(256),
})
export type LoginInput = z.infer<typeof LoginInput>

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
})
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>
