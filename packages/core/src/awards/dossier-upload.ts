// Checks on an uploaded dossier file: not empty, within the size limit, and its content is
// what its name says, told by magic bytes rather than the browser's MIME type: PDF, DOCX (a
// zip holding word/document.xml), PNG or JPEG.
import { AppError } from '../errors/app-error'

export const DOSSIER_MAX_BYTES = 10 * 1024 * 1024

export const DOSSIER_FILE_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
} as const
export type DossierFileType = keyof typeof DOSSIER_FILE_TYPES

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((value, index) => bytes[index] === value)

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]
// Zip entry names are stored uncompressed, so the main part's name is visible in the bytes.
const DOCX_PART = new TextEncoder().encode('word/document.xml')

/** A zip (DOCX, XLSX…) holding the named part, e.g. `word/document.xml`. */
export function isZipWithPart(bytes: Uint8Array, part: Uint8Array): boolean {
  return startsWith(bytes, ZIP) && containsBytes(bytes, part)
}

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]
  outer: for (
    let index = haystack.indexOf(first ?? 0);
    index !== -1;
    index = haystack.indexOf(first ?? 0, index + 1)
  ) {
    for (let offset = 1; offset < needle.length; offset++)
      if (haystack[index + offset] !== needle[offset]) continue outer
    return true
  }
  return false
}

/** The type the content is, whatever its name says; undefined for anything else. */
export function detectDossierFileType(bytes: Uint8Array): DossierFileType | undefined {
  if (startsWith(bytes, PDF)) return 'pdf'
  if (startsWith(bytes, PNG)) return 'png'
  if (startsWith(bytes, JPEG)) return 'jpeg'
  if (isZipWithPart(bytes, DOCX_PART)) return 'docx'
  return undefined
}

/**
 * The file's type and MIME, or UPLOAD_INVALID saying what is wrong.
 * @example checkDossierUpload('bao-cao.pdf', bytes) // { type: 'pdf', mime: 'application/pdf' }
 */
export function checkDossierUpload(
  filename: string,
  bytes: Uint8Array,
  maxBytes = DOSSIER_MAX_BYTES,
): { type: DossierFileType; mime: string } {
  const refuse = (message: string) =>
    new AppError('UPLOAD_INVALID', message, [{ path: 'file', message }])
  if (bytes.length === 0) throw refuse(`Tệp "${filename}" rỗng`)
  if (bytes.length > maxBytes)
    throw refuse(`Tệp "${filename}" vượt quá ${Math.round(maxBytes / 1024 / 1024)} MB cho phép`)
  const type = detectDossierFileType(bytes)
  if (!type)
    throw refuse(`Tệp "${filename}" không phải PDF, DOCX, PNG hoặc JPEG (nội dung tệp không khớp)`)
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  const expected: readonly string[] = DOSSIER_FILE_TYPES[type].extensions
  if (!expected.includes(extension))
    throw refuse(`Tên tệp "${filename}" không khớp nội dung (nội dung là ${type.toUpperCase()})`)
  return { type, mime: DOSSIER_FILE_TYPES[type].mime }
}
