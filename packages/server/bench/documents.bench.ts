// Document benchmark: a Quyết định with a 1,000-row attached list, as DOCX and as XLSX. It
// touches no database, so `npm run bench` runs it on the first engine only. Each format runs
// in its own process (documents-once.ts) so the peak memory printed is that format's alone.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { BENCH_DIR, median, type Engine } from './bench-db'

const engine = (process.argv[2] ?? 'pglite') as Engine
const ROWS = 1000
const runs = Number(process.env.ANTQ_BENCH_RUNS ?? 5)

type Sample = { format: string; rows: number; runsMs: number[]; bytes: number; peakRssMb: number }

function runFormat(format: 'docx' | 'xlsx'): Sample {
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'documents-once.ts'),
      format,
      String(ROWS),
      String(runs),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  )
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Sample
}

if (engine !== 'pglite') {
  console.log(`[${engine}] documents: no database involved; figures are in the pglite run`)
} else {
  fs.mkdirSync(BENCH_DIR, { recursive: true })
  const results: Record<string, unknown> = {}
  for (const format of ['docx', 'xlsx'] as const) {
    const sample = runFormat(format)
    const medianMs = Math.round(median(sample.runsMs))
    results[format] = { ...sample, medianMs, runsMs: sample.runsMs.map((ms) => Math.round(ms)) }
    console.log(
      `decision with a ${ROWS}-row attached list as ${format.toUpperCase()}: median ${medianMs} ms over ${runs} runs (${sample.runsMs.map((ms) => Math.round(ms)).join(', ')}), ${Math.round(sample.bytes / 1024)} KB, peak RSS ${sample.peakRssMb} MB`,
    )
  }
  fs.writeFileSync(path.join(BENCH_DIR, 'documents.json'), JSON.stringify(results, null, 2))
}
