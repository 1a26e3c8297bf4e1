// A zip upload (XLSX, DOCX) is measured from its central directory before any reader opens it
// (issue 15): a 1 MB zip bomb unpacks to gigabytes inside ExcelJS. The directory gives each
// entry's declared sizes; each entry is then inflated once with its declared size as a hard
// ceiling, so a directory that lies is caught too, one bounded entry at a time.
import { inflateRawSync } from 'node:zlib'
import { AppError } from '@antq/core'

export type ZipLimits = { maxEntries: number; maxUncompressedBytes: number }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const ZIP64 = 0xffffffff

// A zip too broken to measure is left to its reader, which refuses it in its own words (an
// import's row-by-row report); a broken zip cannot unpack to anything.
class BrokenZip extends Error {}
const broken = () => new BrokenZip()

function tooLarge(what: string) {
  return new AppError('UPLOAD_TOO_LARGE', undefined, [
    { path: 'file', code: 'zip_bomb', message: what },
  ])
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

type Entry = { method: number; compressed: number; uncompressed: number; localOffset: number }

/** The central directory's entries, read from the end of the file. */
function readDirectory(view: DataView): Entry[] {
  let end = -1
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at--)
    if (view.getUint32(at, true) === EOCD) {
      end = at
      break
    }
  if (end < 0) throw broken()
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  // ZIP64 (more than 65,535 entries or 4 GB): nothing an office file of ours needs.
  if (count === 0xffff || at === ZIP64) throw tooLarge('Tệp nén dạng ZIP64 quá lớn để đọc')
  const entries: Entry[] = []
  for (let index = 0; index < count; index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw broken()
    entries.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    })
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true)
  }
  return entries
}

/** Refuses a zip whose entries are too many or unpack too large, before anything parses it. */
export function checkZipUpload(bytes: Uint8Array, limits: ZipLimits): 'measured' | 'broken' {
  try {
    measureZip(bytes, limits)
    return 'measured'
  } catch (error) {
    if (error instanceof BrokenZip) return 'broken'
    throw error
  }
}

function measureZip(bytes: Uint8Array, limits: ZipLimits) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = readDirectory(view)
  const megabytes = Math.round(limits.maxUncompressedBytes / 1024 / 1024)
  if (entries.length > limits.maxEntries)
    throw tooLarge(`Tệp nén có ${entries.length} thành phần, tối đa ${limits.maxEntries}`)
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressed, 0)
  if (declared > limits.maxUncompressedBytes || entries.some((e) => e.uncompressed === ZIP64))
    throw tooLarge(`Tệp nén giải ra hơn ${megabytes} MB, vượt giới hạn cho phép`)
  for (const entry of entries) verifyEntry(view, bytes, entry)
}

/** Inflates one entry with its declared size as the ceiling: a lying directory fails here. */
function verifyEntry(view: DataView, bytes: Uint8Array, entry: Entry) {
  const at = entry.localOffset
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) throw broken()
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.compressed > bytes.byteLength) throw broken()
  const data = bytes.subarray(start, start + entry.compressed)
  if (entry.method === 0) {
    if (entry.compressed !== entry.uncompressed) throw broken()
    return
  }
  if (entry.method !== 8) throw broken()
  let size: number
  try {
    size = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressed) }).byteLength
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('Tệp nén khai sai dung lượng giải nén')
    throw broken()
  }
  if (size !== entry.uncompressed) throw tooLarge('Tệp nén khai sai dung lượng giải nén')
}
