import type { Kysely } from 'kysely'
import { escapeLike } from '../../db/like'
import type { Database } from '../../db/schema'

const ACCOUNT_COLUMNS = [
  'accounts.id',
  'accounts.username',
  'accounts.full_name',
  'accounts.password_hash',
  'accounts.roles',
  'accounts.scope_unit_id',
  'accounts.active',
  'accounts.last_login_at',
  'accounts.demo',
  'units.code as scope_code',
  'units.name as scope_name',
  'units.kind as scope_kind',
  'units.path as scope_path',
] as const

function selectAccounts(db: Kysely<Database>) {
  return db
    .selectFrom('accounts')
    .leftJoin('units', 'units.id', 'accounts.scope_unit_id')
    .select(ACCOUNT_COLUMNS)
}

export type AccountRecord = Awaited<ReturnType<typeof findAccountById>> & {}

export function findAccountById(db: Kysely<Database>, id: number) {
  return selectAccounts(db).where('accounts.id', '=', id).executeTakeFirst()
}

export function findAccountByUsername(db: Kysely<Database>, username: string) {
  return selectAccounts(db).where('accounts.username', '=', username).executeTakeFirst()
}

/** Accounts whose scope lies inside `scopePath` (all when null), optionally matching text. */
export function listAccounts(db: Kysely<Database>, scopePath: string | null, text?: string) {
  let query = selectAccounts(db).orderBy('accounts.username')
  if (scopePath !== null) query = query.where('units.path', 'like', `${scopePath}%`)
  if (text) {
    const pattern = `%${escapeLike(text)}%`
    query = query.where((eb) =>
      eb.or([
        eb('accounts.username', 'ilike', pattern),
        eb(
          eb.fn('antq_fold', ['accounts.full_name']),
          'like',
          eb.fn('antq_fold', [eb.val(pattern)]),
        ),
      ]),
    )
  }
  return query.limit(500).execute()
}

type AccountFields = {
  username: string
  full_name: string
  password_hash: string
  roles: string[]
  scope_unit_id: number | null
  active: boolean
  /** Set by the demo seeding only; cleared when the password changes (ADR 027). */
  demo?: boolean
}

export async function insertAccount(db: Kysely<Database>, fields: AccountFields) {
  const row = await db
    .insertInto('accounts')
    .values(fields)
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function updateAccount(
  db: Kysely<Database>,
  id: number,
  fields: Partial<AccountFields> & { last_login_at?: Date },
) {
  await db.updateTable('accounts').set(fields).where('id', '=', id).execute()
}

export async function countAccounts(db: Kysely<Database>) {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
