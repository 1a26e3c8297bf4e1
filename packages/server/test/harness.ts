// A fresh database and app for one test file, cloned from the seeded template.
import fs from 'node:fs'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { connectDatabase, type DatabaseHandle } from '../src/db/connect'
import type { Deps } from '../src/deps'
import { buildApp, type AppOptions } from '../src/http/app'

export type TestContext = {
  app: FastifyInstance
  deps: Deps
  handle: DatabaseHandle
  close: () => Promise<void>
}

async function clonePostgres(templateDb: string) {
  const adminUrl = process.env.ANTQ_TEST_PG_URL ?? ''
  const name = `antq_t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({
    connectionString: adminUrl,
    user: new URL(adminUrl).username || 'postgres',
  })
  await admin.connect()
  await admin.query(`create database ${name} template ${templateDb}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const handle = await connectDatabase(url.toString())
  const drop = async () => {
    const again = new pg.Client({ connectionString: adminUrl, user: url.username || 'postgres' })
    await again.connect()
    await again.query(`drop database if exists ${name} with (force)`)
    await again.end()
  }
  return { handle, drop }
}

export async function createTestContext(
  now?: () => Date,
  appOptions?: AppOptions,
): Promise<TestContext> {
  const source = inject('templateSource')
  const [kind, value] = [
    source.slice(0, source.indexOf(':')),
    source.slice(source.indexOf(':') + 1),
  ]
  const cloned =
    kind === 'postgres'
      ? await clonePostgres(value)
      : {
          handle: await connectDatabase('memory://', {
            pgliteTemplate: new Blob([fs.readFileSync(value)]),
          }),
          drop: () => Promise.resolve(),
        }
  const deps: Deps = {
    db: cloned.handle.db,
    dbKind: cloned.handle.kind,
    cache: cloned.handle.cache,
    now: now ?? (() => new Date()),
    cookieSecure: false,
  }
  const app = await buildApp(deps, appOptions)
  return {
    app,
    deps,
    handle: cloned.handle,
    close: async () => {
      await app.close()
      await cloned.handle.close()
      await cloned.drop()
    },
  }
}

/** Password for accounts a test creates through the API: long and uncommon enough for the
 * production password rule (≥10 characters, not a common password); demo accounts keep theirs. */
export const TEST_PASSWORD = 'Kiem-thu-ANTQ-2025'

/** A signed-in client: carries the session cookie and the CSRF header like the web app. */
export type Client = {
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>
  csrfToken: string
  cookie: string
}

export async function signIn(
  app: FastifyInstance,
  username: string,
  password = 'antq2025',
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  })
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`)
  const cookie = response.cookies.find((item) => item.name === 'antq_session')
  if (!cookie) throw new Error('no session cookie')
  const { csrfToken } = response.json<{ csrfToken: string }>()
  const header = `antq_session=${cookie.value}`
  return {
    csrfToken,
    cookie: header,
    request: (options) =>
      app.inject({
        ...options,
        headers: { cookie: header, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      }),
  }
}

export async function findUnitId(deps: Deps, version: string, code: string): Promise<number> {
  const row = await deps.db
    .selectFrom('units')
    .select('id')
    .where('version', '=', version)
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  return row.id
}
