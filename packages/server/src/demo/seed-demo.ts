// Builds the demo world `npm start` shows: the real 2025 and legacy registers, the merges,
// generated units under the seed provinces, and the demo accounts.
import fs from 'node:fs'
import path from 'node:path'
import type { Actor, UnitVersion } from '@antq/core'
import { REPO_ROOT } from '../config'
import type { Deps } from '../deps'
import { insertAccount, findAccountByUsername } from '../features/accounts/accounts.repository'
import { hashPassword } from '../features/auth/passwords'
import { seedCriteriaSets } from '../features/criteria/criteria.service'
import { applyPlanAction, importPlan } from '../features/plans/plans.service'
import { importUnitMerges } from '../features/units/unit-merges.service'
import { importUnits, type ImportProgress } from '../features/units/units-import.service'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SCOPES } from './demo-accounts'
import { DEMO_DENSITY, generateUnits, toCsv, type CommuneSeed } from './generate-units'
import { listCommunesUnder } from './demo.repository'
import { generateLevelUnits } from './generate-level-units'
import { generateBodyUnits } from './generate-body-units'

export const VN_ADMIN_DIR = path.join(REPO_ROOT, 'reference-data/vn-admin')
export const SYSTEM_ACTOR: Actor = {
  accountId: 0,
  username: 'he-thong',
  roles: ['admin'],
  scopePath: null,
}

type Log = (message: string) => void

async function importFile(
  deps: Deps,
  version: UnitVersion,
  file: string,
  log: Log,
  onProgress?: (p: ImportProgress) => void,
) {
  const result = await importUnits(deps, SYSTEM_ACTOR, {
    version,
    fileName: path.basename(file),
    bytes: fs.readFileSync(file),
    dryRun: false,
    onProgress,
  })
  if (!result.ok)
    throw new Error(`Không nhập được ${file}: ${JSON.stringify(result.errors.slice(0, 5))}`)
  log(
    `  ${path.basename(file)} (${version}): thêm ${result.created}, sửa ${result.updated}, giữ nguyên ${result.unchanged}`,
  )
}

export async function seedRealUnits(deps: Deps, log: Log) {
  await importFile(deps, '2025', path.join(VN_ADMIN_DIR, 'units-2025.csv'), log)
  await importFile(deps, 'legacy', path.join(VN_ADMIN_DIR, 'units-legacy.csv'), log)
  const merges = await importUnitMerges(
    deps,
    SYSTEM_ACTOR,
    fs.readFileSync(path.join(VN_ADMIN_DIR, 'merges-2025.csv')),
  )
  log(
    `  merges-2025.csv: ${merges.linked} liên kết, bỏ qua ${merges.skipped.length} mã cũ không còn trong danh mục`,
  )
}

export async function seedDemoUnits(deps: Deps, log: Log) {
  for (const version of ['2025', 'legacy'] as const) {
    const communes: CommuneSeed[] = []
    for (const code of DEMO_SCOPES[version])
      communes.push(...(await listCommunesUnder(deps.db, version, code)))
    const own = version === 'legacy' ? await generateLevelUnits(deps.db, version) : []
    // The seed plans' bodies (issuers in the legacy register), beside the level units.
    const bodies = version === 'legacy' ? await generateBodyUnits(deps.db, own) : []
    const csv = toCsv([...generateUnits(communes, DEMO_DENSITY), ...own, ...bodies])
    const result = await importUnits(deps, SYSTEM_ACTOR, {
      version,
      fileName: `demo-${version}.csv`,
      bytes: Buffer.from(csv),
      dryRun: false,
    })
    if (!result.ok) throw new Error(`Dữ liệu mẫu lỗi: ${JSON.stringify(result.errors.slice(0, 5))}`)
    log(`  đơn vị mẫu (${version}): thêm ${result.created} dưới ${communes.length} xã`)
  }
}

export async function seedDemoAccounts(deps: Deps, log: Log) {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  for (const account of DEMO_ACCOUNTS) {
    if (await findAccountByUsername(deps.db, account.username)) continue
    const scope = account.scope
      ? await deps.db
          .selectFrom('units')
          .select('id')
          .where('version', '=', account.scope.version)
          .where('code', '=', account.scope.code)
          .executeTakeFirstOrThrow()
      : null
    await insertAccount(deps.db, {
      username: account.username,
      full_name: account.fullName,
      password_hash: passwordHash,
      roles: account.roles,
      scope_unit_id: scope?.id ?? null,
      active: true,
      demo: true,
    })
  }
  log(
    `  ${DEMO_ACCOUNTS.length} tài khoản mẫu, mật khẩu "${DEMO_PASSWORD}" (ngoài chế độ trình diễn phải đổi mật khẩu khi đăng nhập lần đầu)`,
  )
}

export const PLAN_SEEDS_DIR = path.join(REPO_ROOT, 'plans/seeds')

/** The five source plans, imported and published: the plans the demo campaign runs. */
export async function seedDemoPlans(deps: Deps, log: Log) {
  const files = fs
    .readdirSync(PLAN_SEEDS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
  for (const name of files) {
    const plan = await importPlan(
      deps,
      SYSTEM_ACTOR,
      fs.readFileSync(path.join(PLAN_SEEDS_DIR, name), 'utf8'),
    )
    if (plan.status === 'draft')
      await applyPlanAction(deps, SYSTEM_ACTOR, plan.id, 'publish', 'Kế hoạch mẫu')
  }
  log(`  ${files.length} kế hoạch mẫu đã ban hành`)
}

export async function seedDemo(deps: Deps, log: Log) {
  await seedCriteriaSets(deps)
  log('Nạp danh mục đơn vị hành chính…')
  await seedRealUnits(deps, log)
  log('Tạo đơn vị mẫu…')
  await seedDemoUnits(deps, log)
  await seedDemoAccounts(deps, log)
  log('Nạp kế hoạch mẫu…')
  await seedDemoPlans(deps, log)
}
