// The framework's own refusals (unknown route, body too large, URL too long, wrong media type,
// unreadable JSON) in the product's coded Vietnamese shape instead of Fastify's English one.
import http from 'node:http'
import type { Socket } from 'node:net'
import { randomUUID } from 'node:crypto'
import { AppError, ERROR_MESSAGES, type ErrorCode } from '@antq/core'
import type { FastifyError } from 'fastify'

// Fastify's error codes: what each means to the person who sent the request.
const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_MAX_PARAM_LENGTH: 'URL_TOO_LONG',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_BAD_URL: 'VALIDATION',
}

const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Yêu cầu khai báo JSON nhưng không có nội dung',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Độ dài dữ liệu gửi lên không khớp với khai báo',
  FST_ERR_BAD_URL: 'Địa chỉ yêu cầu chứa ký tự không hợp lệ',
  FST_ERR_CTP_INVALID_MEDIA_TYPE:
    'Định dạng dữ liệu gửi lên không được hỗ trợ (hãy gửi JSON, hoặc tệp qua biểu mẫu tải lên)',
}

// @fastify/multipart's own errors: too many parts, files or fields in one upload.
const MULTIPART_LIMITS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT'])

/** A Fastify or plugin error as an AppError; undefined when it is not one of theirs. */
export function toFrameworkError(error: Partial<FastifyError>): AppError | undefined {
  const code = error.code ?? ''
  const mapped = FRAMEWORK_CODES[code]
  if (mapped) return new AppError(mapped, FRAMEWORK_MESSAGES[code])
  if (MULTIPART_LIMITS.has(code))
    return new AppError('UPLOAD_INVALID', 'Mỗi lần chỉ gửi một tệp trong biểu mẫu tải lên')
  // An upload route's refusals stay UPLOAD_INVALID: the upload form shows them beside the file.
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppError('UPLOAD_INVALID', 'Tệp tải lên vượt quá dung lượng cho phép')
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return new AppError('UPLOAD_INVALID', 'Hãy gửi tệp qua biểu mẫu tải lên (multipart/form-data)')
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE')
  if (error.statusCode === 414) return new AppError('URL_TOO_LONG')
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE')
  // A SyntaxError from a body parser, or any other client error Fastify raises itself.
  if (error instanceof SyntaxError) return new AppError('MALFORMED_JSON')
  if (error.statusCode === 400) return new AppError('VALIDATION')
  return undefined
}

// A client's own request id is kept when it is a plain token (a proxy's or a browser's);
// anything else could forge log lines, so a fresh one is made.
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/

/** Fastify's genReqId: the incoming `x-request-id` when it is a plain token, else a UUID. */
export function generateRequestId(request: http.IncomingMessage): string {
  const incoming = request.headers['x-request-id']
  if (typeof incoming === 'string' && REQUEST_ID.test(incoming)) return incoming
  return randomUUID()
}

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (a request line or headers
 * over 16 KB, a malformed request): the answer is written on the socket, in the same shape.
 */
export function writeClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code]: [number, ErrorCode] =
    error.code === 'HPE_HEADER_OVERFLOW' || error.code === 'HPE_URI_TOO_LONG'
      ? [414, 'URL_TOO_LONG']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'VALIDATION']
        : [400, 'VALIDATION']
  const requestId = randomUUID()
  const message = status === 408 ? 'Yêu cầu gửi quá chậm, vui lòng thử lại' : ERROR_MESSAGES[code]
  const body = JSON.stringify({ error: { code, message, details: [], requestId } })
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    )
  socket.destroy(error)
}
