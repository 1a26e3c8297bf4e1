// Uploads are measured before any reader parses them (issue 15 item 2): a zip bomb named .xlsx
// or .docx is refused from its central directory with a coded Vietnamese error and no memory
// spike; a directory that lies about sizes is caught entry by entry; one account has at most
// two uploads in flight.
import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkZipUpload } from '../src/http/upload-zip'
import { UPLOADS_PER_ACCOUNT, withUploadSlot, zipLimitsFor } from '../src/http/upload'
import { createTestContext, signIn, type Client, type TestContext } from './harness'
import { errorOf, importFile, multipart, type ErrorBody } from './helpers'

let context: TestContext
let admin: Client
beforeAll(async () => {
  context = await createTestContext()
  admin = await signIn(context.app, 'admin')
})
afterAll(() => context.close())

type ZipEntry = { name: string; data: Buffer; size: number }

/** A zip by hand: each entry's deflated data, with the uncompressed size it declares. */
function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(entry.data.length, 20)
    central.writeUInt32LE(entry.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.data)
    centrals.push(central, name)
    offset += 30 + name.length + entry.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const MEGABYTE_OF_ZEROS = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9 })

/** About 1 MB on disk, 1 GB unpacked: a thousand sheets of zeros. */
function zipBomb(): Buffer {
  const count = Math.floor((1024 * 1024) / (MEGABYTE_OF_ZEROS.length + 100))
  return buildZip(
    Array.from({ length: count }, (_, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: MEGABYTE_OF_ZEROS,
      size: 1024 * 1024,
    })),
  )
}

const importUnits = (bytes: Buffer, name = 'don-vi.xlsx') =>
  admin.request({
    method: 'POST',
    url: '/api/units/import?dryRun=true',
    ...multipart(name, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  })

describe('zip uploads measured before parsing', () => {
  it('refuses a 1 MB zip bomb named .xlsx with UPLOAD_TOO_LARGE, without unpacking it', async () => {
    const bomb = zipBomb()
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024)
    const before = process.memoryUsage().rss
    const response = await importUnits(bomb)
    const grown = process.memoryUsage().rss - before
    expect(errorOf(response)).toEqual({ status: 413, code: 'UPLOAD_TOO_LARGE' })
    const body = response.json<ErrorBody>()
    expect(body.error.message).toContain('Tệp nén giải ra quá lớn')
    expect(body.error.details[0]?.message).toMatch(/giải ra hơn \d+ MB/)
    expect(grown).toBeLessThan(200 * 1024 * 1024)
  })

  it('refuses a directory that declares small sizes but unpacks large, and too many entries', () => {
    const liar = buildZip([{ name: 'word/document.xml', data: MEGABYTE_OF_ZEROS, size: 1000 }])
    expect(() => checkZipUpload(liar, zipLimitsFor(10 * 1024 * 1024))).toThrow(
      expect.objectContaining({ code: 'UPLOAD_TOO_LARGE' }),
    )
    const tiny = deflateRawSync(Buffer.from('x'))
    const many = buildZip(
      Array.from({ length: 10_001 }, (_, index) => ({ name: `a${index}`, data: tiny, size: 1 })),
    )
    expect(() => checkZipUpload(many, zipLimitsFor(10 * 1024 * 1024))).toThrow(
      expect.objectContaining({ code: 'UPLOAD_TOO_LARGE' }),
    )
  })

  it('lets a real workbook through the check', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Đơn vị').addRow(['code', 'name'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect(checkZipUpload(bytes, zipLimitsFor(2 * 1024 * 1024))).toBe('measured')
  })

  it('leaves a cut-off zip to its reader, which refuses it as UPLOAD_INVALID', async () => {
    const cut = zipBomb().subarray(0, 5000)
    expect(checkZipUpload(cut, zipLimitsFor(2 * 1024 * 1024))).toBe('broken')
    const { result } = await importFile(admin, { fileName: 'hong.xlsx', content: cut })
    expect(result.error?.code).toBe('UPLOAD_INVALID')
  })
})

describe('uploads per account', () => {
  it(`holds at most ${UPLOADS_PER_ACCOUNT} uploads of one account at once`, async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const held = Array.from({ length: UPLOADS_PER_ACCOUNT }, () => withUploadSlot(7, () => gate))
    await expect(withUploadSlot(7, () => Promise.resolve())).rejects.toMatchObject({
      code: 'UPLOAD_BUSY',
    })
    // Another account is not held up by this one.
    await expect(withUploadSlot(8, () => Promise.resolve('ok'))).resolves.toBe('ok')
    release()
    await Promise.all(held)
    await expect(withUploadSlot(7, () => Promise.resolve('ok'))).resolves.toBe('ok')
  })
})
