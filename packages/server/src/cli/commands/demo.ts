import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'csv-parse/sync'
import { AppError } from '@antq/core'
import type { Deps } from '../../deps'
import { countUnits } from '../../demo/demo.repository'
import { listPublishedPlans } from '../../demo/seed-campaign.repository'
import {
  DEMO_DENSITY,
  generateUnits,
  NATIONAL_DENSITY,
  toCsv,
  type CommuneSeed,
} from '../../demo/generate-units'
import { seedDemoCampaign, type CampaignSummary } from '../../demo/seed-campaign'
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

/** One line per plan: units registered, recognised, targets met / at risk / missed / no data. */
export function printCampaignSummary(summaries: readonly CampaignSummary[], log = console.log) {
  for (const s of summaries) {
    const t = (status: string) => s.targets[status] ?? 0
    log(
      `  ${s.planKey} (${s.year})${s.skipped ? ' đã có sẵn, giữ nguyên' : ''}: ` +
        `${s.registered}/${s.eligible} đơn vị đăng ký, ${s.recognised} được công nhận "An toàn về ANTT"; ` +
        `chỉ tiêu: ${t('met')} đạt, ${t('on_track')} đúng tiến độ, ${t('at_risk')} chậm tiến độ, ${t('missed')} không đạt, ${t('no_data')} chưa có số liệu`,
    )
  }
}

/**
 * What `demo campaign` needs before it runs: on an empty database the demo world (as `serve`
 * seeds it); on a database with units but no published plan, a message saying how.
 */
export async function prepareDemoCampaign(
  deps: Deps,
  log: (message: string) => void,
  seed: (deps: Deps, log: (message: string) => void) => Promise<void> = seedDemo,
) {
  if ((await countUnits(deps.db)) === 0) {
    log('Cơ sở dữ liệu chưa có dữ liệu mẫu: nạp trước (lần đầu mất khoảng một phút)…')
    return seed(deps, log)
  }
  if ((await listPublishedPlans(deps.db)).length === 0)
    throw new AppError(
      'NOT_FOUND',
      'Chưa có kế hoạch nào được ban hành để tạo năm thi đua mẫu. Chạy "npx antq demo seed" (nạp và ban hành năm kế hoạch mẫu) rồi chạy lại',
    )
}

export async function runDemo([command, ...rest]: string[]) {
  if (command === 'seed') return withDeps((deps) => seedDemo(deps, console.log))
  if (command === 'campaign')
    return withDeps(async (deps) => {
      await prepareDemoCampaign(deps, console.log)
      console.log('Tạo năm thi đua mẫu cho các kế hoạch đã ban hành…')
      printCampaignSummary(await seedDemoCampaign(deps))
    })
  if (command !== 'generate')
    usageError(
      'Dùng: antq demo seed | antq demo campaign | antq demo generate --size demo|national --out FILE',
    )
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
