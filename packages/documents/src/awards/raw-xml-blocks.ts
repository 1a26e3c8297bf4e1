// Large blocks (the attached list) go into the .docx as ready-made XML: the document is built
// with a marker paragraph where each block belongs, packed once, and packed again with its
// word/document.xml replaced by one whose markers are swapped for the blocks.
import { inflateRawSync } from 'node:zlib'
import { type Document, Packer, Paragraph, TextRun } from 'docx'

const MARKER_PREFIX = 'ANTQ-RAW-BLOCK-'
const DOCUMENT_PART = 'word/document.xml'

/** A paragraph that stands for the raw block `id` until packing. */
export function createRawBlockMarker(id: string): Paragraph {
  return new Paragraph({ children: [new TextRun(`${MARKER_PREFIX}${id}`)] })
}

export async function packDocxWithRawBlocks(
  document: Document,
  blocks: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  const first = new Uint8Array(await Packer.toArrayBuffer(document))
  let xml = readZipEntry(first, DOCUMENT_PART)
  for (const [id, block] of Object.entries(blocks)) {
    const at = xml.indexOf(`>${MARKER_PREFIX}${id}<`)
    if (at < 0) throw new Error(`raw block ${id} has no marker`)
    const start = xml.lastIndexOf('<w:p>', at)
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length
    xml = xml.slice(0, start) + block + xml.slice(end)
  }
  const overrides = [{ path: DOCUMENT_PART, data: xml }]
  return new Uint8Array(await Packer.toArrayBuffer(document, false, overrides))
}

/** One entry of a zip archive as text (stored or deflated, as docx writes them). */
function readZipEntry(bytes: Uint8Array, name: string): string {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = view.length - 22
  while (end >= 0 && view.readUInt32LE(end) !== 0x06054b50) end -= 1
  if (end < 0) throw new Error('not a zip archive')
  let cursor = view.readUInt32LE(end + 16)
  for (let i = 0; i < view.readUInt16LE(end + 10); i += 1) {
    const nameLength = view.readUInt16LE(cursor + 28)
    const entryName = view.toString('utf8', cursor + 46, cursor + 46 + nameLength)
    if (entryName === name) {
      const local = view.readUInt32LE(cursor + 42)
      const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28)
      const data = view.subarray(start, start + view.readUInt32LE(cursor + 20))
      return (view.readUInt16LE(cursor + 10) === 0 ? data : inflateRawSync(data)).toString('utf8')
    }
    cursor += 46 + nameLength + view.readUInt16LE(cursor + 30) + view.readUInt16LE(cursor + 32)
  }
  throw new Error(`${name} is not in the archive`)
}
