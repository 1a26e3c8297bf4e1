import path from 'node:path'
import { z } from 'zod'

// The environment, parsed once. Repository root is two levels above packages/server.
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..')

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  ANTQ_DATA_DIR: z.string().default(path.join(REPO_ROOT, 'data')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
})

export type Config = {
  port: number
  host: string
  /** `postgres://…` for a server, else `file:<dir>` or `memory://` for embedded PGlite. */
  databaseUrl: string
  production: boolean
  cookieSecure: boolean
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.parse(env)
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL ?? `file:${parsed.ANTQ_DATA_DIR}`,
    production: parsed.NODE_ENV === 'production',
    cookieSecure: parsed.COOKIE_SECURE === 'true',
  }
}
