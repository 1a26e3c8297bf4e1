import { createContext, useContext } from 'react'
import type { AccountView } from '../../api/types'

export const AccountContext = createContext<AccountView | null>(null)

/** The signed-in account; only usable below RequireSession. */
export function useAccount(): AccountView {
  const account = useContext(AccountContext)
  if (!account) throw new Error('useAccount must be used below RequireSession')
  return account
}
