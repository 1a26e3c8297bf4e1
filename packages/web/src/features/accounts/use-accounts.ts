import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AccountCreate, AccountPatch } from '../../api/types'
import { sessionQueryKey } from '../auth/auth-api'
import { accountKeys, createAccount, fetchAccounts, updateAccount } from './accounts-api'

export function useAccounts(q: string) {
  return useQuery({
    queryKey: accountKeys.list(q),
    queryFn: () => fetchAccounts(q),
    placeholderData: keepPreviousData,
  })
}

/** Create (no id) or update an account, then refresh the list (and the session, if it is ours). */
export function useSaveAccount(id: number | null) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: AccountCreate | AccountPatch) =>
      id === null
        ? createAccount(input as AccountCreate)
        : updateAccount(id, input as AccountPatch),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.all })
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey })
    },
  })
}
