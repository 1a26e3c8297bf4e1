// The bodies the seed plans give work to, as units under each plan's issuer (issue 11 item 1):
// "Phòng Tài chính - Kế hoạch huyện Lục Ngạn", "Công an huyện Lục Ngạn", "Ủy ban Mặt trận Tổ
// quốc Việt Nam tỉnh Tây Ninh", named so that `resolvePlanBodies` finds each one, with stable
// codes `<issuer code>.<initials>`. A body the level units already hold is not made twice.
import fs from 'node:fs'
import path from 'node:path'
import { bodyCodeTail, bodyUnitName, matchBodyUnit, parsePlanYaml } from '@antq/core'
import type { Plan } from '@antq/core'
import type { Kysely } from 'kysely'
import { REPO_ROOT } from '../config'
import type { Database } from '../db/schema'
import type { GeneratedRecord } from './generate-units'

const SEEDS_DIR = path.join(REPO_ROOT, 'plans/seeds')

/** The seed plans, parsed (the demo and its tests read the same files). */
export function readSeedPlans(): Plan[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const parsed = parsePlanYaml(fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'))
      if ('errors' in parsed) throw new Error(`Kế hoạch mẫu ${name} không hợp lệ`)
      return parsed.plan
    })
}

/**
 * One unit per body of every seed plan under its issuer (legacy register), skipping bodies that
 * `existing` (e.g. the level units) already are.
 */
export async function generateBodyUnits(
  db: Kysely<Database>,
  existing: readonly GeneratedRecord[],
  plans: readonly Plan[] = readSeedPlans(),
): Promise<GeneratedRecord[]> {
  const records: GeneratedRecord[] = []
  for (const plan of plans) {
    const issuerCode = plan.metadata.issuer.unitCode
    if (!issuerCode) continue
    const issuer = await db
      .selectFrom('units')
      .select(['name'])
      .where('version', '=', 'legacy')
      .where('code', '=', issuerCode)
      .executeTakeFirst()
    if (!issuer) continue
    const siblings = [...existing, ...records]
      .filter((record) => record.parent_code === issuerCode)
      .map((record, i) => ({
        id: i,
        code: record.code ?? '',
        name: record.name ?? '',
        kind: record.kind ?? '',
      }))
    const codes = new Set(siblings.map((unit) => unit.code))
    for (const body of plan.bodies) {
      if (matchBodyUnit(body, siblings).unitId !== null) continue
      const tail = bodyCodeTail(body.name)
      let code = `${issuerCode}.${tail}`
      for (let n = 2; codes.has(code); n++) code = `${issuerCode}.${tail}${n}`
      codes.add(code)
      const record: GeneratedRecord = {
        code,
        name: bodyUnitName(body, issuer.name),
        kind: body.kind,
        subtype: body.subtype ?? '',
        parent_code: issuerCode,
        ...(body.kind === 'agency' ? { staff: '25' } : {}),
      }
      records.push(record)
      siblings.push({ id: siblings.length, code, name: record.name ?? '', kind: body.kind })
    }
  }
  return records
}
