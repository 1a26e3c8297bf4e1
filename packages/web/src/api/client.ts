// The one way the web app talks to the server: same-origin cookies, the CSRF header on
// every write, the server's error shape turned into an ApiError, and 401 → login page.
import { ERROR_MESSAGES, type ErrorCode, type ErrorDetail } from '@antq/core'
import { messages } from '../messages/vi'

export const LOGIN_PATH = '/dang-nhap'

export class ApiError extends Error {
  readonly status: number
  readonly code: ErrorCode
  readonly details: readonly ErrorDetail[]

  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    details: readonly ErrorDetail[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

let csrfToken: string | null = null

/** Kept from the login or session response; sent as `x-csrf-token` on writes. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

function redirectToLogin(): void {
  const { pathname, search } = window.location
  if (pathname === LOGIN_PATH) return
  const next = encodeURIComponent(pathname + search)
  window.location.assign(`${LOGIN_PATH}?tiep=${next}`)
}

let onUnauthenticated: () => void = redirectToLogin
const PASSWORD_PAGE = '/doi-mat-khau'

/** Replace the default full-page redirect (the app uses its router instead). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_MESSAGES
}

function fallbackCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED'
  if (status === 403) return 'FORBIDDEN'
  if (status === 404) return 'NOT_FOUND'
  if (status === 409) return 'CONFLICT'
  if (status === 429) return 'RATE_LIMITED'
  if (status === 400 || status === 422) return 'VALIDATION'
  return 'INTERNAL'
}

/** Turn a failed response into an ApiError, reading `{ error: { code, message, details } }`. */
export async function readApiError(response: Response): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    body = null
  }
  const error = (body as { error?: Record<string, unknown> } | null)?.error ?? {}
  const code = isErrorCode(error.code) ? error.code : fallbackCode(response.status)
  const message = typeof error.message === 'string' ? error.message : ERROR_MESSAGES[code]
  const details = Array.isArray(error.details) ? (error.details as ErrorDetail[]) : []
  return new ApiError(response.status, code, message, details)
}

type QueryValue = string | number | boolean | null | undefined

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

/** fetch with the session cookie and CSRF header; resolves to the raw Response when ok. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase()
  const headers = new Headers(init.headers)
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers.set('x-csrf-token', csrfToken)
  let response: Response
  try {
    response = await fetch(path, { ...init, method, headers, credentials: 'same-origin' })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, 'INTERNAL', messages.errors.network)
  }
  if (response.ok) return response
  const error = await readApiError(response)
  if (error.status === 401 && error.code === 'UNAUTHENTICATED') {
    setCsrfToken(null)
    onUnauthenticated()
  }
  // A demo account outside demo mode: its password first (ADR 027).
  if (error.code === 'PASSWORD_CHANGE_REQUIRED' && window.location.pathname !== PASSWORD_PAGE)
    window.location.assign(PASSWORD_PAGE)
  throw error
}

type RequestOptions = {
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = {
    method,
    signal: options.signal,
    headers: { accept: 'application/json' },
  }
  if (options.body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' }
    init.body = JSON.stringify(options.body)
  }
  const response = await apiFetch(withQuery(path, options.query), init)
  const text = response.status === 204 ? '' : await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
}
