// The one place where error codes become HTTP statuses and response bodies.
import { AppError, type ErrorCode, type ErrorDetail } from '@antq/core'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { ZodError } from 'zod'
import { toFrameworkError } from './framework-errors'
import { detailCode } from './zod-messages'

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  DEADLINE_PASSED: 409,
  APPRAISAL_CLOSED: 409,
  RECOGNITION_CLOSED: 409,
  DECIDER_MISMATCH: 422,
  OUTSIDE_PLAN_PERIOD: 400,
  CAMPAIGN_ENDED: 409,
  INVALID_TRANSITION: 409,
  NOT_ELIGIBLE: 422,
  DOSSIER_INCOMPLETE: 422,
  QUOTA_EXCEEDED: 409,
  BUDGET_EXCEEDED: 409,
  IMPORT_INVALID: 422,
  UPLOAD_INVALID: 422,
  WEAK_PASSWORD: 422,
  RATE_LIMITED: 429,
  DATABASE_LOCKED: 503,
  STATISTICS_INVALID: 422,
  MONTH_LOCKED: 409,
  STANDARD_INVALID: 400,
  NTM_ENHANCED_WITHOUT_BASIC: 409,
  PAYLOAD_TOO_LARGE: 413,
  URL_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  MALFORMED_JSON: 400,
  UPLOAD_TOO_LARGE: 413,
  UPLOAD_BUSY: 429,
  INTERNAL: 500,
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code]
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof ZodError) {
    const details: ErrorDetail[] = error.issues.map((issue) => ({
      path: issue.path.join('.'),
      code: detailCode(issue),
      message: issue.message,
    }))
    return new AppError('VALIDATION', undefined, details)
  }
  const fastifyError = error as Partial<FastifyError>
  // PostgreSQL: a unique key taken, or a serialisation failure, by a concurrent writer.
  if (fastifyError.code === '23505') return new AppError('CONFLICT')
  if (fastifyError.code === '40001' || fastifyError.code === '40P01')
    return new AppError('CONFLICT')
  return toFrameworkError(fastifyError) ?? new AppError('INTERNAL')
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const appError = toAppError(error)
  // Every server error is logged with its stack and the request it failed, whatever the level.
  if (statusOf(appError.code) >= 500)
    request.log.error({ err: error, url: request.url, method: request.method }, 'server error')
  // Also set here: a refusal before routing (a long path parameter) skips the onSend hooks.
  reply.header('x-request-id', request.id)
  return reply.status(statusOf(appError.code)).send({
    error: {
      code: appError.code,
      message: appError.message,
      details: appError.details,
      requestId: request.id,
    },
  })
}
