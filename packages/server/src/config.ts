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
  // Unset: secure in production (served behind HTTPS), not in development. 'false' in production
  // is the explicit opt-out for a closed network without HTTPS.
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  // Comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed.
  TRUST_PROXY: z
    .string()
    .max(2000)
    .regex(
      /^[0-9A-Fa-f.:/, ]*$/,
      'TRUST_PROXY: danh sách địa chỉ IP hoặc dải CIDR, cách nhau dấu phẩy',
    )
    .default(''),
})

export type Config = {
  port: number
  host: string
  /** `postgres://…` for a server, else `file:<dir>` or `memory://` for embedded PGlite. */
  databaseUrl: string
  production: boolean
  cookieSecure: boolean
  trustProxy: string[]
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.parse(env)
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL ?? `file:${parsed.ANTQ_DATA_DIR}`,
    production: parsed.NODE_ENV === 'production',
    cookieSecure:
      (parsed.COOKIE_SECURE ?? (parsed.NODE_ENV === 'production' ? 'true' : 'false')) === 'true',
    trustProxy: parsed.TRUST_PROXY.split(',')
      .map((each) => each.trim())
      .filter(Boolean),
  }
}
