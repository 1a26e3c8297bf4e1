// Generated files (XLSX, DOCX, YAML) leave the server one way: as a download with the right
// type and a file name that survives Vietnamese letters (RFC 6266 filename*).
import type { FastifyReply } from 'fastify'

export const FILE_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  yaml: 'application/yaml; charset=utf-8',
  pdf: 'application/pdf',
} as const

export type DownloadFile = { fileName: string; bytes: Uint8Array | string }

export function sendDownload(
  reply: FastifyReply,
  file: DownloadFile,
  type: keyof typeof FILE_TYPES,
) {
  // The plain name for old clients: letters without their marks ("Đăng ký" → "Dang ky").
  const ascii = file.fileName
    .normalize('NFD')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/"/g, '')
  return reply
    .header('content-type', FILE_TYPES[type])
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(typeof file.bytes === 'string' ? file.bytes : Buffer.from(file.bytes))
}
