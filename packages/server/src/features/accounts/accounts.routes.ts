import { defineRoute } from '../../http/route'
import {
  AccountIdParams,
  CreateAccountInput,
  ListAccountsQuery,
  UpdateAccountInput,
} from './accounts.schemas'
import { createAccount, listAccounts, updateAccount } from './accounts.service'

const access = {
  kind: 'permission',
  permission: 'accounts:manage',
  scope: 'actor-subtree',
} as const

export const accountRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/accounts',
    access,
    schemas: { query: ListAccountsQuery },
    handler: ({ deps, actor, query }) => listAccounts(deps, actor, query.q),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/accounts',
    access,
    schemas: { body: CreateAccountInput },
    handler: ({ deps, actor, body }) => createAccount(deps, actor, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/accounts/:id',
    access,
    schemas: { params: AccountIdParams, body: UpdateAccountInput },
    handler: ({ deps, actor, params, body }) => updateAccount(deps, actor, params.id, body),
  }),
]
