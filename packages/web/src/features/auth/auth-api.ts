// Auth endpoints: login, logout, session and password change.
import { api, setCsrfToken } from '../../api/client'
import type { AccountView, SessionResponse } from '../../api/types'

export const sessionQueryKey = ['session'] as const

export async function fetchSession(): Promise<AccountView> {
  const session = await api.get<SessionResponse>('/api/auth/session')
  setCsrfToken(session.csrfToken)
  return session.account
}

export async function login(username: string, password: string): Promise<AccountView> {
  const session = await api.post<SessionResponse>('/api/auth/login', { username, password })
  setCsrfToken(session.csrfToken)
  return session.account
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout')
  } finally {
    setCsrfToken(null)
  }
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.post<void>('/api/auth/password', { currentPassword, newPassword })
}
