// One uploaded file (a statistics workbook, an event's or an activity's photo), bounded in size.
import { AppError } from '@antq/core'
import type { FastifyRequest } from 'fastify'
import { toAppError } from '../../http/errors'

export const MAX_STATISTICS_IMPORT_BYTES = 2 * 1024 * 1024

export async function readUpload(request: FastifyRequest, maxBytes = MAX_STATISTICS_IMPORT_BYTES) {
  try {
    const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } })
    if (!file) throw new AppError('UPLOAD_INVALID', 'Chưa chọn tệp')
    const bytes = await file.toBuffer()
    if (file.file.truncated)
      throw new AppError('UPLOAD_INVALID', `Tệp lớn hơn ${Math.round(maxBytes / 1024 / 1024)} MB`)
    return { fileName: file.filename, bytes: new Uint8Array(bytes) }
  } catch (error) {
    const appError = toAppError(error)
    if (appError.code !== 'INTERNAL') throw appError
    throw new AppError('UPLOAD_INVALID', 'Tệp tải lên bị gián đoạn hoặc hỏng, vui lòng gửi lại')
  }
}
