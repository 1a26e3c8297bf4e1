import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  AppError,
  UNIT_KIND_LABELS,
  UNIT_VERSIONS,
  type UnitKind,
  type UnitVersion,
} from '@antq/core'
import cliProgress from 'cli-progress'
import { importUnitMerges } from '../../features/units/unit-merges.service'
import { importUnits, type ImportProgress } from '../../features/units/units-import.service'
import { listVersions } from '../../features/units/units.service'
import { SYSTEM_ACTOR } from '../../demo/seed-demo'
import { usageError, withDeps } from '../context'

const PHASES: Record<ImportProgress['phase'], string> = {
  parse: 'Đọc tệp',
  check: 'Kiểm tra',
  write: 'Ghi dữ liệu',
}

function parseVersion(value: string | undefined): UnitVersion {
  if (value === undefined) return '2025'
  if ((UNIT_VERSIONS as readonly string[]).includes(value)) return value as UnitVersion
  return usageError(`--version phải là ${UNIT_VERSIONS.join(' hoặc ')}`)
}

async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { version: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  })
  const file = positionals[0] ?? usageError('Thiếu đường dẫn tệp cần nhập')
  if (!fs.existsSync(file)) usageError(`Không thấy tệp ${file}`)
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {value}/{total}', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  const result = await withDeps((deps) =>
    importUnits(deps, SYSTEM_ACTOR, {
      version: parseVersion(values.version),
      dryRun: values['dry-run'],
      fileName: path.basename(file),
      bytes: fs.readFileSync(file),
      onProgress: (progress) => {
        if (!started) bar.start(progress.total, progress.done, { phase: PHASES[progress.phase] })
        started = true
        bar.setTotal(progress.total)
        bar.update(progress.done, { phase: PHASES[progress.phase] })
      },
    }),
  )
  if (started) bar.stop()
  if (!result.ok) {
    for (const error of result.errors)
      console.error(`dòng ${error.row}, cột ${error.column}: ${error.message}`)
    throw new AppError(
      'IMPORT_INVALID',
      `Tệp có ${result.errorCount} lỗi, chưa có dữ liệu nào được ghi`,
    )
  }
  console.log(
    `${result.dryRun ? 'Chạy thử: sẽ ' : ''}thêm ${result.created}, sửa ${result.updated}, giữ nguyên ${result.unchanged}`,
  )
}

async function statsCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { version: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  const version = parseVersion(values.version)
  const { items } = await withDeps((deps) => listVersions(deps))
  const stats = items.find((item) => item.version === version)
  const byKind = stats?.byKind ?? {}
  if (values.json)
    return console.log(JSON.stringify({ version, total: stats?.total ?? 0, byKind }, null, 2))
  console.log(`Phiên bản ${version}: ${stats?.total ?? 0} đơn vị`)
  for (const [kind, count] of Object.entries(byKind))
    console.log(`  ${UNIT_KIND_LABELS[kind as UnitKind] ?? kind}: ${count}`)
}

export async function runUnits([command, ...rest]: string[]) {
  if (command === 'import') return importCommand(rest)
  if (command === 'stats') return statsCommand(rest)
  if (command === 'import-merges') {
    const file = rest[0] ?? usageError('Thiếu đường dẫn tệp')
    const result = await withDeps((deps) =>
      importUnitMerges(deps, SYSTEM_ACTOR, fs.readFileSync(file)),
    )
    if (!result.ok) throw new AppError('IMPORT_INVALID', undefined, result.errors)
    return console.log(
      `Đã nạp ${result.linked} liên kết; bỏ qua ${result.skipped.length} mã cũ không có trong danh mục`,
    )
  }
  usageError('Dùng: antq units import|import-merges|stats')
}
