// The one way a route reads an uploaded file (issue 15): one file, bounded in size, a zip
// (XLSX, DOCX) measured before any reader parses it, and at most a few uploads per person at once.
import { AppError } from '@antq/core'
import type { FastifyRequest } from 'fastify'
import { toAppError } from './errors'
import { checkZipUpload, isZip, type ZipLimits } from './upload-zip'

const MB = 1024 * 1024
/** Uploads one account may have in flight; more would let one person hold the server's memory. */
export const UPLOADS_PER_ACCOUNT = 2

/**
 * What a zip of `maxBytes` may unpack to: thirty times its size (office files compress about
 * tenfold), at least 32 MB and at most 256 MB whatever the upload limit.
 */
export function zipLimitsFor(maxBytes: number): ZipLimits {
  return {
    maxEntries: 10_000,
    maxUncompressedBytes: Math.min(256 * MB, Math.max(32 * MB, 30 * maxBytes)),
  }
}

export type Upload = {
  fileName: string
  buffer: Buffer
  /** The form's text fields sent before the file (a browser's FormData order). */
  fields: Record<string, string>
}

/** The uploaded file, or a coded refusal: no file, too large, cut off, a zip bomb. */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  let upload: Upload
  try {
    const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } })
    if (!file) throw new AppError('UPLOAD_INVALID', 'Chưa chọn tệp')
    const buffer = await file.toBuffer()
    if (file.file.truncated)
      throw new AppError('UPLOAD_INVALID', `Tệp lớn hơn ${Math.round(maxBytes / MB)} MB`)
    const fields: Record<string, string> = {}
    for (const [name, field] of Object.entries(file.fields))
      if (field && !Array.isArray(field) && field.type === 'field')
        fields[name] = String(field.value)
    upload = { fileName: file.filename, buffer, fields }
  } catch (error) {
    const appError = toAppError(error)
    if (appError.code !== 'INTERNAL') throw appError
    throw new AppError('UPLOAD_INVALID', 'Tệp tải lên bị gián đoạn hoặc hỏng, vui lòng gửi lại')
  }
  if (isZip(upload.buffer)) checkZipUpload(upload.buffer, zipLimitsFor(maxBytes))
  return upload
}

const inFlight = new Map<number, number>()

/** Runs an upload while the account holds one of its slots; refuses UPLOAD_BUSY when none is free. */
export async function withUploadSlot<T>(accountId: number, work: () => Promise<T>): Promise<T> {
  const held = inFlight.get(accountId) ?? 0
  if (held >= UPLOADS_PER_ACCOUNT) throw new AppError('UPLOAD_BUSY')
  inFlight.set(accountId, held + 1)
  try {
    return await work()
  } finally {
    const left = (inFlight.get(accountId) ?? 1) - 1
    if (left > 0) inFlight.set(accountId, left)
    else inFlight.delete(accountId)
  }
}
