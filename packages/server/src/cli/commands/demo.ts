import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'csv-parse/sync'
import {
  DEMO_DENSITY,
  generateUnits,
  NATIONAL_DENSITY,
  toCsv,
  type CommuneSeed,
} from '../../demo/generate-units'
import { seedDemo, VN_ADMIN_DIR } from '../../demo/seed-demo'
import { usageError, withDeps } from '../context'

/** The 2025 communes with their province codes, straight from the reference file. */
export function readCommunes2025(): CommuneSeed[] {
  const rows = parse<Record<string, string>>(
    fs.readFileSync(path.join(VN_ADMIN_DIR, 'units-2025.csv')),
    { columns: true },
  )
  return rows
    .filter((row) => row.level === 'commune')
    .map((row) => ({
      code: row.code ?? '',
      name: row.name ?? '',
      provinceCode: row.parent_code ?? '',
    }))
}

export async function runDemo([command, ...rest]: string[]) {
  if (command === 'seed') return withDeps((deps) => seedDemo(deps, console.log))
  if (command !== 'generate')
    usageError('Dùng: antq demo seed | antq demo generate --size demo|national --out FILE')
  const { values } = parseArgs({
    args: rest,
    options: { size: { type: 'string', default: 'demo' }, out: { type: 'string' } },
  })
  if (!values.out) usageError('Thiếu --out FILE')
  const density = values.size === 'national' ? NATIONAL_DENSITY : DEMO_DENSITY
  const communes = readCommunes2025()
  fs.writeFileSync(values.out, toCsv(generateUnits(communes, density)))
  console.log(`Đã ghi ${values.out} (${communes.length} xã/phường)`)
}
