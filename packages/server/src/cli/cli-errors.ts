// What a person reads when a command stops, and the exit code a script can test (issue 15
// item 6): never a raw SQL or stack trace (ANTQ_DEBUG=1 prints the original).
import { isAppError } from '@antq/core'
import { ZodError } from 'zod'

export const EXIT = {
  /** The command refused: data not found, invalid file, a rule of the domain. */
  refused: 1,
  /** The command line itself is wrong (unknown command, option or missing argument). */
  usage: 2,
  /** The configuration or the database cannot be used (unreachable, wrong password, locked). */
  unavailable: 3,
  /** Anything else: a fault of ANTQ, reported with what to send to the maintainers. */
  internal: 4,
} as const

/** Thrown for a wrong command line: printed like an AppError, exit code 2. */
export class UsageError extends Error {
  readonly code = 'USAGE'
}

type Described = { code: string; message: string; details: string[]; exitCode: number }

// SQLSTATE classes meaning "this database cannot be used as configured": connection (08),
// authorisation (28), unknown database (3D), resources (53), operator intervention (57).
const UNAVAILABLE_SQLSTATE = /^(08|28|3D|53|57)/
// Node's network errors when the server is not there.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN'])

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

export function describeError(error: unknown): Described {
  if (error instanceof UsageError)
    return { code: 'USAGE', message: error.message, details: [], exitCode: EXIT.usage }
  if (isAppError(error)) {
    const details = error.details.map(
      (detail) =>
        `${detail.row ? `dòng ${detail.row}` : ''}${detail.column ? `, cột ${detail.column}` : ''}${detail.path ?? ''}: ${detail.message}`,
    )
    const exitCode = error.code === 'DATABASE_LOCKED' ? EXIT.unavailable : EXIT.refused
    return { code: error.code, message: error.message, details, exitCode }
  }
  if (error instanceof ZodError)
    return {
      code: 'CONFIG',
      message: 'Biến môi trường không hợp lệ',
      details: error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      exitCode: EXIT.unavailable,
    }
  const code = codeOf(error) ?? ''
  if (code.startsWith('ERR_PARSE_ARGS'))
    return {
      code: 'USAGE',
      message: 'Tùy chọn dòng lệnh không hợp lệ. Xem: antq help',
      details: [],
      exitCode: EXIT.usage,
    }
  if (code === 'EADDRINUSE')
    return {
      code: 'CONFIG',
      message:
        'Cổng PORT đang được chương trình khác dùng: dừng chương trình đó hoặc đặt PORT khác',
      details: [],
      exitCode: EXIT.unavailable,
    }
  if (UNREACHABLE.has(code) || UNAVAILABLE_SQLSTATE.test(code))
    return {
      code: 'DATABASE_UNAVAILABLE',
      message: `Không kết nối được cơ sở dữ liệu (mã ${code}). Kiểm tra DATABASE_URL, máy chủ PostgreSQL và quyền truy cập`,
      details: [],
      exitCode: EXIT.unavailable,
    }
  if (/^[0-9A-Z]{5}$/.test(code))
    return {
      code: 'DATABASE_ERROR',
      message: `Cơ sở dữ liệu từ chối lệnh (mã ${code}). Chạy lại với ANTQ_DEBUG=1 để xem chi tiết và báo cho người quản trị`,
      details: [],
      exitCode: EXIT.internal,
    }
  return {
    code: 'INTERNAL',
    message:
      'Lệnh dừng vì một lỗi không mong đợi. Chạy lại với ANTQ_DEBUG=1 để xem chi tiết và báo cho người quản trị',
    details: [],
    exitCode: EXIT.internal,
  }
}

/** Print the error the way a person should read it; returns the exit code. */
export function printError(error: unknown): number {
  const described = describeError(error)
  console.error(`Lỗi [${described.code}]: ${described.message}`)
  for (const detail of described.details) console.error(`  ${detail}`)
  if (process.env.ANTQ_DEBUG && error instanceof Error) console.error(error.stack)
  return described.exitCode
}
