// `antq documents kinds` lists the award document kinds; `antq documents render KIND --id ID
// --out FILE [--format docx|xlsx|pdf]` writes one from the record; `--demo` instead of `--id`
// renders the demo campaign's record of that kind (or the kind's sample when there is none).
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { renderAwardDocumentSample, type AwardDocumentKindId } from '@antq/documents'
import type { Deps } from '../../deps'
import { SYSTEM_ACTOR } from '../../demo/seed-demo'
import { convertToPdf } from '../../features/documents/pdf-convert'
import {
  listDocumentKinds,
  renderDocument,
  type RenderFormat,
} from '../../features/documents/documents.service'
import { findDemoRecord } from '../../features/documents/documents.repository'
import { usageError, withDeps } from '../context'

const USAGE =
  'Dùng: antq documents kinds | antq documents render LOẠI (--id SỐ | --demo) --out TỆP [--format docx|xlsx|pdf]'
const FORMATS: readonly RenderFormat[] = ['docx', 'xlsx', 'pdf']

function printKinds() {
  for (const kind of listDocumentKinds().items)
    console.log(`${kind.id}\t${kind.formats.join(', ')}\t--id = ${kind.idOf}\t${kind.name}`)
}

function formatOf(out: string, asked: string | undefined): RenderFormat {
  const format = (asked ?? path.extname(out).slice(1).toLowerCase()) || 'docx'
  if (!FORMATS.includes(format as RenderFormat)) usageError(`Định dạng "${format}" không hỗ trợ`)
  return format as RenderFormat
}

async function renderDemo(deps: Deps, kind: string, format: RenderFormat) {
  const known = listDocumentKinds().items.find((item) => item.id === kind)
  if (!known) usageError(`Không có loại văn bản "${kind}". Xem: antq documents kinds`)
  const id = await findDemoRecord(deps.db, known.idOf)
  if (id !== undefined)
    return { ...(await renderDocument(deps.db, SYSTEM_ACTOR, kind, id, format)), id }
  // No demo record yet (demo campaign not seeded): the kind's sample view.
  const source = format === 'pdf' ? 'docx' : format
  const rendering = renderAwardDocumentSample(kind as AwardDocumentKindId, source)
  if (!rendering) usageError(`Loại văn bản này không xuất được dạng ${format.toUpperCase()}`)
  const bytes = await rendering
  return { bytes: format === 'pdf' ? await convertToPdf(bytes, kind) : bytes, id: null }
}

export async function runDocuments([command, ...rest]: string[]) {
  if (command === 'kinds') return printKinds()
  if (command !== 'render') usageError(USAGE)
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      demo: { type: 'boolean', default: false },
      out: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const kind = positionals[0] ?? usageError(USAGE)
  const out = values.out ?? usageError(USAGE)
  if (values.demo === (values.id !== undefined)) usageError(USAGE)
  const format = formatOf(out, values.format)
  await withDeps(async (deps) => {
    const file = values.demo
      ? await renderDemo(deps, kind, format)
      : {
          ...(await renderDocument(deps.db, SYSTEM_ACTOR, kind, Number(values.id), format)),
          id: Number(values.id),
        }
    fs.writeFileSync(out, file.bytes)
    const from = file.id === null ? 'mẫu (chưa có dữ liệu thi đua mẫu)' : `bản ghi #${file.id}`
    console.log(
      `Đã ghi ${out} (${kind}, ${format.toUpperCase()}, ${from}, ${file.bytes.length} byte)`,
    )
  })
}
