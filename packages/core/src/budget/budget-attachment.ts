// The document attached to a spending record (hoá đơn, chứng từ, quyết định): PDF, DOCX, XLSX,
// PNG or JPEG, told by content like a dossier file (awards/dossier-upload.ts), at most 10 MB.
import { AppError } from '../errors/app-error'
import {
  DOSSIER_FILE_TYPES,
  DOSSIER_MAX_BYTES,
  detectDossierFileType,
  isZipWithPart,
} from '../awards/dossier-upload'

export const BUDGET_ATTACHMENT_MAX_BYTES = DOSSIER_MAX_BYTES
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const XLSX_PART = new TextEncoder().encode('xl/workbook.xml')

/** The attachment's MIME type, or UPLOAD_INVALID saying what is wrong. */
export function checkBudgetAttachment(filename: string, bytes: Uint8Array): { mime: string } {
  const refuse = (message: string) =>
    new AppError('UPLOAD_INVALID', message, [{ path: 'file', message }])
  if (filename.length > 200) throw refuse('Tên tệp quá dài (tối đa 200 ký tự)')
  if (bytes.length === 0) throw refuse(`Tệp "${filename}" rỗng`)
  if (bytes.length > BUDGET_ATTACHMENT_MAX_BYTES)
    throw refuse(`Tệp "${filename}" vượt quá 10 MB cho phép`)
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  const type = isZipWithPart(bytes, XLSX_PART) ? 'xlsx' : detectDossierFileType(bytes)
  if (!type)
    throw refuse(
      `Tệp "${filename}" không phải PDF, DOCX, XLSX, PNG hoặc JPEG (nội dung không khớp)`,
    )
  const expected: readonly string[] =
    type === 'xlsx' ? ['xlsx'] : DOSSIER_FILE_TYPES[type].extensions
  if (!expected.includes(extension))
    throw refuse(`Tên tệp "${filename}" không khớp nội dung (nội dung là ${type.toUpperCase()})`)
  return { mime: type === 'xlsx' ? XLSX_MIME : DOSSIER_FILE_TYPES[type].mime }
}
