import path from 'node:path'
import { AppError } from '@antq/core'
import { z } from 'zod'
import type { AuthPolicy } from './deps'

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
  // Where users reach ANTQ; `https://…` tells a production server it is served over HTTPS.
  // Links in e-mails are this plus the page's path (ADR 029).
  PUBLIC_URL: z
    .string()
    .max(2000)
    .url('PUBLIC_URL: địa chỉ đầy đủ, ví dụ https://antq.example.vn')
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  // Demo mode: demo accounts sign in with the published demo password. Default: on outside
  // production; in production they must change their password first unless ANTQ_DEMO=true.
  ANTQ_DEMO: z.enum(['true', 'false']).optional(),
  // E-mail (ADR 029): without SMTP_HOST the e-mail channel is "not configured"; in-app works.
  SMTP_HOST: z.string().max(255).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().max(255).optional(),
  SMTP_PASS: z.string().max(255).optional(),
  SMTP_FROM: z.string().max(255).default('ANTQ <antq@localhost>'),
  // 'true': TLS from the first byte (port 465); otherwise STARTTLS when the server offers it.
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  // The reminder scheduler's tick; 0 turns it off. Off in tests unless set.
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
  // Vietnam-time hour from which the day's reminders are made (digests are not sent at night).
  SCHEDULER_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
})

export type Config = {
  port: number
  host: string
  /** `postgres://…` for a server, else `file:<dir>` or `memory://` for embedded PGlite. */
  databaseUrl: string
  production: boolean
  cookieSecure: boolean
  trustProxy: string[]
  /** Production and HTTPS neither stated (PUBLIC_URL https://…, COOKIE_SECURE=true) nor opted out. */
  httpsUnstated: boolean
  auth: AuthPolicy
  smtp: SmtpConfig | null
  publicUrl: string
  scheduler: { intervalSeconds: number; digestHour: number }
}

export type SmtpConfig = {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
  from: string
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
    httpsUnstated:
      parsed.NODE_ENV === 'production' &&
      parsed.COOKIE_SECURE === undefined &&
      !parsed.PUBLIC_URL?.startsWith('https://'),
    auth: {
      idleMinutes: parsed.SESSION_IDLE_MINUTES,
      maxHours: parsed.SESSION_MAX_HOURS,
      demoMode:
        (parsed.ANTQ_DEMO ?? (parsed.NODE_ENV === 'production' ? 'false' : 'true')) === 'true',
    },
    smtp: parsed.SMTP_HOST
      ? {
          host: parsed.SMTP_HOST,
          port: parsed.SMTP_PORT,
          secure: parsed.SMTP_SECURE === 'true',
          user: parsed.SMTP_USER,
          pass: parsed.SMTP_PASS,
          from: parsed.SMTP_FROM,
        }
      : null,
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ''),
    scheduler: {
      intervalSeconds: parsed.SCHEDULER_INTERVAL_SECONDS ?? (parsed.NODE_ENV === 'test' ? 0 : 60),
      digestHour: parsed.SCHEDULER_DIGEST_HOUR,
    },
  }
}

/**
 * A production server must know it is behind HTTPS (its login cookie is Secure) or be told it
 * is not: otherwise browsers silently drop the cookie over plain HTTP and nobody can sign in.
 */
export function assertServable(config: Config): void {
  if (config.httpsUnstated)
    throw new AppError(
      'VALIDATION',
      'NODE_ENV=production nhưng chưa cho biết máy chủ chạy sau HTTPS: đặt PUBLIC_URL=https://… (hoặc COOKIE_SECURE=true); nếu thật sự dùng HTTP trong mạng nội bộ, đặt COOKIE_SECURE=false',
    )
}
