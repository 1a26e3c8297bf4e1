import { parseArgs } from 'node:util'
import { assertServable, loadConfig } from '../../config'
import { connectDatabase } from '../../db/connect'
import { migrateToLatest } from '../../db/migrate'
import { countUnits } from '../../demo/demo.repository'
import { seedDemoCampaign } from '../../demo/seed-campaign'
import { seedDemo } from '../../demo/seed-demo'
import type { Deps } from '../../deps'
import { buildApp } from '../../http/app'
import { createMailer } from '../../features/notifications/mailer'
import { startScheduler } from '../../features/notifications/scheduler'
import { seedCriteriaSets } from '../../features/criteria/criteria.service'
import { printCampaignSummary } from './demo'

export async function runServe(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { 'no-seed': { type: 'boolean', default: false } },
  })
  const config = loadConfig()
  assertServable(config)
  const handle = await connectDatabase(config.databaseUrl)
  const deps: Deps = {
    db: handle.db,
    dbKind: handle.kind,
    cache: handle.cache,
    now: () => new Date(),
    cookieSecure: config.cookieSecure,
    auth: config.auth,
    mail: createMailer(config.smtp, config.publicUrl),
  }
  await migrateToLatest(handle.db)
  await seedCriteriaSets(deps)
  if (!values['no-seed'] && (await countUnits(handle.db)) === 0) {
    console.log('Cơ sở dữ liệu trống: nạp dữ liệu mẫu (lần đầu mất khoảng một phút)…')
    await seedDemo(deps, console.log)
    console.log('Tạo năm thi đua mẫu…')
    printCampaignSummary(await seedDemoCampaign(deps))
  }
  const app = await buildApp(deps, {
    logger: { level: config.production ? 'info' : 'warn' },
    serveWeb: true,
    trustProxy: config.trustProxy,
    hsts: config.cookieSecure,
  })
  // After the demo is seeded: a tick never reads a half-made register (ADR 029).
  const scheduler = startScheduler(deps, config.scheduler)
  deps.scheduler = scheduler.status
  const stop = async () => {
    scheduler.stop()
    await app.close()
    await handle.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
  await app.listen({ port: config.port, host: config.host })
  console.log(`ANTQ đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${handle.kind})`)
}
