// The national plan of the records benchmark: the seed plans' targets that read the records
// (model_register.*, activity_log.*, crime_statistics.*, standards.*), issued by the national
// root for 2025. Plan 003's text carries them (its crime targets, activities, standards, Zalo
// groups and boards), with plan 000's effective models and NTM 19.2 and plan 002's provincial
// articles added. Moved one year on (2024 → 2025, so the baseline "so với năm 2023" is 2024:
// the 2025 register's units exist from 01/07/2025) and from districts to communes (the 2025
// register has none; the commune police enter the statistics). Left out: 003's two "xã chưa
// đạt / giữ vững" counts, an issuer-level obligation over a reported 2023 fact the world lacks.
import fs from 'node:fs'
import path from 'node:path'
import YAML, { type YAMLMap, type YAMLSeq } from 'yaml'
import { PLAN_SEEDS_DIR, SYSTEM_ACTOR } from '../src/demo/seed-demo'
import type { Deps } from '../src/deps'
import { applyPlanAction, importPlan } from '../src/features/plans/plans.service'
import { ROOT_CODE } from './campaign-world'

export const RECORDS_PLAN_KEY = 'bench-ho-so-2025'
export const RECORDS_TARGETS: Record<string, readonly string[]> = {
  '003-tay-ninh-2024.yaml': [
    ...['giam-toi-pham-trat-tu', 'kham-pha-an', 'kham-pha-an-nghiem-trong', 'tiep-nhan-tin-bao'],
    ...['giai-quyet-tin-bao', 'tai-pham', 'truy-na-hien-co', 'truy-na-moi', 'chuyen-hoa-dia-ban'],
    ...['tuyen-truyen-ho', 'tuyen-truyen-cqdn', 'dat-chuan-pccc', 'xa-phu-hop-tre-em'],
    ...['xa-tiep-can-phap-luat', 'nhom-zalo', 'ban-dieu-hanh-tu-quan'],
  ],
  '000-bac-quang-2024.yaml': ['mo-hinh-hieu-qua', 'ntm-19-2'],
  '002-luc-ngan-2020-2025.yaml': ['tin-bai-tinh'],
}
const HOST = '003-tay-ninh-2024.yaml'

/** A seed's text one year on (2023 → 2024, 2024 → 2025). */
const shifted = (file: string) =>
  fs
    .readFileSync(path.join(PLAN_SEEDS_DIR, file), 'utf8')
    .replace(/\b(2023|2024)\b/g, (year) => String(Number(year) + 1))

function pickTargets(file: string) {
  const document = YAML.parseDocument(shifted(file))
  const wanted = RECORDS_TARGETS[file] ?? []
  const items = (document.get('targets') as YAMLSeq<YAMLMap>).items
  const picked = items.filter((item) => wanted.includes(String(item.get('id'))))
  for (const item of picked) {
    const kinds = item.getIn(['scope', 'unitKinds']) as YAMLSeq | undefined
    if (kinds?.items.some((kind) => String(kind) === 'district'))
      item.setIn(['scope', 'unitKinds'], document.createNode(['commune'], { flow: true }))
  }
  if (picked.length !== wanted.length) throw new Error(`${file}: targets missing`)
  return picked.map((item) => item.toJSON() as unknown)
}

export function recordsPlanText() {
  const document = YAML.parseDocument(shifted(HOST))
  document.set('id', RECORDS_PLAN_KEY)
  document.setIn(['metadata', 'issuer', 'unitCode'], ROOT_CODE)
  document.setIn(['metadata', 'issuer', 'name'], 'Ban Chỉ đạo 138 (toàn quốc, benchmark hồ sơ)')
  document.deleteIn(['metadata', 'parentPlan'])
  const targets = Object.keys(RECORDS_TARGETS).flatMap(pickTargets)
  document.set('targets', document.createNode(targets))
  return document.toString()
}

export async function importRecordsPlan(deps: Deps) {
  const plan = await importPlan(deps, SYSTEM_ACTOR, recordsPlanText())
  await applyPlanAction(deps, SYSTEM_ACTOR, plan.id, 'publish', 'Kế hoạch benchmark hồ sơ')
  return plan.id
}
