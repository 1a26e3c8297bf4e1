// The one place where error codes become HTTP statuses and response bodies.
import { AppError, ERROR_MESSAGES, type ErrorCode, type ErrorDetail } from '@antq/core'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { ZodError } from 'zod'

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
  COMMON_PASSWORD: 422,
  PASSWORD_CHANGE_REQUIRED: 403,
  RATE_LIMITED: 429,
  DATABASE_LOCKED: 503,
  STATISTICS_INVALID: 422,
  MONTH_LOCKED: 409,
  STANDARD_INVALID: 400,
  NTM_ENHANCED_WITHOUT_BASIC: 409,
  INTERNAL: 500,
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code]
}

// @fastify/multipart's own errors: too many parts, files or fields in one upload.
const MULTIPART_LIMITS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT'])

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof ZodError) {
    const details: ErrorDetail[] = error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }))
    return new AppError('VALIDATION', undefined, details)
  }
  const fastifyError = error as Partial<FastifyError>
  // PostgreSQL: a unique key taken, or a serialisation failure, by a concurrent writer.
  if (fastifyError.code === '23505') return new AppError('CONFLICT')
  if (fastifyError.code === '40001' || fastifyError.code === '40P01')
    return new AppError('CONFLICT')
  if (fastifyError.code && MULTIPART_LIMITS.has(fastifyError.code))
    return new AppError('UPLOAD_INVALID', 'Mỗi lần chỉ gửi một tệp trong biểu mẫu tải lên')
  if (fastifyError.statusCode === 413 || fastifyError.code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppError('UPLOAD_INVALID', 'Tệp tải lên vượt quá dung lượng cho phép')
  if (fastifyError.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return new AppError('UPLOAD_INVALID', 'Hãy gửi tệp qua biểu mẫu tải lên (multipart/form-data)')
  if (fastifyError.statusCode === 415 || fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError('VALIDATION', 'Định dạng dữ liệu gửi lên không được hỗ trợ')
  if (fastifyError.statusCode === 400) return new AppError('VALIDATION', ERROR_MESSAGES.VALIDATION)
  return new AppError('INTERNAL')
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const appError = toAppError(error)
  if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error')
  return reply.status(statusOf(appError.code)).send({
    error: { code: appError.code, message: appError.message, details: appError.details },
  })
}
