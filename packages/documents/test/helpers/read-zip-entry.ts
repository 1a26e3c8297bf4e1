// A minimal zip reader for tests: enough to pull word/document.xml out of a .docx without
// depending on a zip library the package does not declare.
import { inflateRawSync } from 'node:zlib'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

export function listZipEntries(bytes: Uint8Array): string[] {
  return readDirectory(bytes).map((entry) => entry.name)
}

export function readZipText(bytes: Uint8Array, name: string): string {
  const entry = readDirectory(bytes).find((candidate) => candidate.name === name)
  if (!entry) throw new Error(`${name} is not in the archive`)
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.readUInt32LE(entry.offset) !== LOCAL_HEADER)
    throw new Error(`bad local header for ${name}`)
  const start =
    entry.offset + 30 + view.readUInt16LE(entry.offset + 26) + view.readUInt16LE(entry.offset + 28)
  const data = view.subarray(start, start + entry.compressedSize)
  const raw = entry.method === 0 ? data : inflateRawSync(data)
  return raw.toString('utf8')
}

type Entry = { name: string; method: number; compressedSize: number; offset: number }

function readDirectory(bytes: Uint8Array): Entry[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = view.length - 22
  while (end >= 0 && view.readUInt32LE(end) !== END_OF_DIRECTORY) end -= 1
  if (end < 0) throw new Error('not a zip archive')
  const count = view.readUInt16LE(end + 10)
  let cursor = view.readUInt32LE(end + 16)
  const entries: Entry[] = []
  for (let i = 0; i < count; i += 1) {
    if (view.readUInt32LE(cursor) !== DIRECTORY_ENTRY) throw new Error('bad central directory')
    const nameLength = view.readUInt16LE(cursor + 28)
    entries.push({
      method: view.readUInt16LE(cursor + 10),
      compressedSize: view.readUInt32LE(cursor + 20),
      offset: view.readUInt32LE(cursor + 42),
      name: view.toString('utf8', cursor + 46, cursor + 46 + nameLength),
    })
    cursor += 46 + nameLength + view.readUInt16LE(cursor + 30) + view.readUInt16LE(cursor + 32)
  }
  return entries
}

/** The text of word/document.xml, one line per paragraph, entities decoded. */
export function readDocxText(bytes: Uint8Array): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return readZipText(bytes, 'word/document.xml')
    .split('</w:p>')
    .map((paragraph) =>
      paragraph
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? ''),
    )
    .join('\n')
}
