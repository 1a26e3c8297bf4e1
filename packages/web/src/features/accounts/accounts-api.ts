// Account management endpoints (permission accounts:manage).
import { api } from '../../api/client'
import type { AccountCreate, AccountPatch, AccountView, Items } from '../../api/types'

export const accountKeys = {
  all: ['accounts'] as const,
  list: (q: string) => ['accounts', 'list', q] as const,
}

export async function fetchAccounts(q: string): Promise<AccountView[]> {
  return (await api.get<Items<AccountView>>('/api/accounts', { query: { q } })).items
}

export function createAccount(input: AccountCreate): Promise<AccountView> {
  return api.post<AccountView>('/api/accounts', input)
}

export function updateAccount(id: number, patch: AccountPatch): Promise<AccountView> {
  return api.patch<AccountView>(`/api/accounts/${id}`, patch)
}
