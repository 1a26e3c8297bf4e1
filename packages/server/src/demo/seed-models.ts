// The demo's model register (issue 12 items 1, 7): for a plan whose targets or award criteria
// read the register, every unit of its territory that typed model figures into its year report
// gets those models in the register — their types, sites and teams, members, Zalo groups, a
// plan adopted in January and four reviews whose completed share earns the rating the typed
// "effective" figure says — so the register and the typed figures agree. One unit in twelve
// records one effective model fewer than it typed, so the report form's flag has something to
// show. Self-managed residents' boards (plan 003) are recorded the same way.
import {
  MODEL_REGISTER_PREFIX,
  MODEL_REVIEW_PERIODS,
  MODEL_TYPES,
  ratingOfShare,
  type Plan,
} from '@antq/core'
import type { Deps } from '../deps'
import { appendAudit } from '../features/audit/audit.repository'
import { createRandom, type Random } from './random'
import type { CampaignUnit } from './seed-campaign.repository'
import * as repo from './seed-models.repository'
import { SYSTEM_ACTOR } from './seed-demo'

const TYPES_BY_KIND: Record<string, readonly string[]> = {
  commune: [
    'tu-quan-antt',
    'to-tuan-tra',
    'camera-an-ninh',
    'thap-sang-duong-que',
    'to-lien-gia-tu-quan',
    'to-hoa-giai',
  ],
  enterprise: ['to-cong-nhan-tuyen-truyen', 'camera-an-ninh'],
  school: ['khac'],
  agency: ['khac', 'camera-an-ninh'],
  residential_area: ['tu-quan-antt', 'dong-ho-khong-vi-pham', 'cum-dan-cu-an-toan'],
}
const OWN_NAMES: Record<string, string> = {
  school: 'Cổng trường an toàn giao thông, an ninh trật tự',
  agency: 'Cơ quan an toàn về an ninh, trật tự',
}
/** Completed share per drawn rating: tốt ≥ 90%, khá ≥ 70%, trung bình ≥ 50% (data thresholds). */
const SHARES = { good: [0.9, 1], fair: [0.7, 0.85], weak: [0.3, 0.6] } as const

export const readsRegister = (plan: Plan) =>
  JSON.stringify([plan.targets, plan.awardCriteria]).includes(MODEL_REGISTER_PREFIX)

type Figures = Record<string, unknown>
const count = (figures: Figures, field: string) => {
  const value = figures[field]
  return typeof value === 'number' && value >= 0 ? Math.min(Math.floor(value), 12) : 0
}

/** The register of a plan's units, drawn from their year reports (skipped where one exists). */
export async function seedDemoModels(
  deps: Deps,
  plan: { planKey: string; definition: Plan; year: number },
  units: readonly (CampaignUnit & { name?: string })[],
) {
  if (!readsRegister(plan.definition)) return
  if (
    await repo.hasModelsUnder(
      deps.db,
      units.map((unit) => unit.id),
    )
  )
    return
  const reports = await repo.listYearFigures(deps.db, plan.planKey, plan.year)
  const names = await repo.listNames(
    deps.db,
    units.map((unit) => unit.id),
  )
  const children = (unit: CampaignUnit) =>
    units.filter(
      (each) =>
        each.kind === 'residential_area' && each.path.startsWith(unit.path) && each.id !== unit.id,
    )
  const drafts: repo.ModelDraft[] = []
  for (const unit of units) {
    const figures = reports.get(unit.id)
    if (!figures) continue
    const random = createRandom(`models:${plan.planKey}:${unit.code}`)
    const total = count(figures, 'models.count')
    const short = random.next() < 1 / 12 ? 1 : 0
    const effective = Math.max(0, Math.min(total, count(figures, 'models.effective')) - short)
    const zalo =
      figures['models.with_zalo_group'] === undefined
        ? total
        : count(figures, 'models.with_zalo_group')
    const types = TYPES_BY_KIND[unit.kind] ?? ['khac']
    for (let i = 0; i < total; i++) {
      const typeId = types[i % types.length] ?? 'khac'
      const label = OWN_NAMES[unit.kind] ?? MODEL_TYPES.find((type) => type.id === typeId)?.label
      // A label met again at the same unit is numbered: names are unique per host.
      const repeated = i >= types.length || OWN_NAMES[unit.kind] !== undefined
      const name = `${label}${repeated && i > 0 ? ` (${i + 1})` : ''} — ${names.get(unit.id) ?? unit.code}`
      const band = i < effective ? (random.next() < 0.6 ? SHARES.good : SHARES.fair) : SHARES.weak
      const sites = unit.kind === 'commune' ? children(unit).slice(i, i + random.int(1, 3)) : []
      drafts.push(
        draftModel(random, {
          unit,
          name,
          typeId,
          body: 'model',
          band,
          zalo: i < zalo,
          year: plan.year,
          sites,
        }),
      )
    }
    const boards = count(figures, 'self_managed.boards')
    const good = Math.min(boards, count(figures, 'self_managed.boards_effective'))
    const hosts = children(unit)
    for (let i = 0; i < boards; i++) {
      const host = hosts[i % Math.max(1, hosts.length)] ?? unit
      const name = `Ban Điều hành Tổ Dân cư tự quản số ${i + 1} — ${names.get(host.id) ?? host.code}`
      const band = i < good ? SHARES.good : SHARES.weak
      drafts.push(
        draftModel(random, {
          unit: host,
          name,
          typeId: 'to-dan-cu-tu-quan',
          body: 'self_managed_board',
          band,
          zalo: true,
          year: plan.year,
          sites: [],
        }),
      )
    }
  }
  await deps.db.transaction().execute(async (tx) => {
    await repo.insertModels(tx, drafts)
    await appendAudit(tx, {
      ...{ actorId: null, actorName: SYSTEM_ACTOR.username, action: 'demo.models' },
      ...{
        entity: 'plan',
        entityId: plan.planKey,
        after: { year: plan.year, models: drafts.length },
      },
      reason: `Sổ mô hình mẫu năm ${plan.year}`,
    })
  })
}

type DraftInput = {
  unit: CampaignUnit
  name: string
  typeId: string
  body: repo.ModelDraft['body']
  band: readonly [number, number]
  zalo: boolean
  year: number
  sites: readonly CampaignUnit[]
}

function draftModel(random: Random, input: DraftInput): repo.ModelDraft {
  const targetCount = random.int(8, 12)
  const finalShare = input.band[0] + random.next() * (input.band[1] - input.band[0])
  const done = Math.min(targetCount, Math.round(finalShare * targetCount + 0.49))
  const started = `${input.year - random.int(1, 5)}-0${random.int(1, 9)}-1${random.int(0, 9)}`
  return {
    ...{ hostUnitId: input.unit.id, body: input.body, name: input.name.slice(0, 300) },
    ...{ typeId: input.typeId, members: random.int(8, 40), startedOn: started },
    zaloGroup: input.zalo ? `Zalo ${input.name}`.slice(0, 300) : null,
    sites: input.sites.map((site) => ({ unitId: site.id, teams: random.int(1, 3) })),
    plan: {
      year: input.year,
      adoptedOn: `${input.year}-01-${10 + random.int(0, 15)}`,
      targetCount,
    },
    // Each review weighs the targets on track so far; the year's review closes on the final share.
    reviews: MODEL_REVIEW_PERIODS.map((period) => {
      const targetsDone =
        period.id === 'year' ? done : Math.max(0, Math.min(targetCount, done - random.int(0, 1)))
      const reviewed =
        period.id === 'year' ? `${input.year + 1}-01-05` : `${input.year}-${period.ends}`
      return {
        ...{ period: period.id, targetsDone, targetsTotal: targetCount, reviewedOn: reviewed },
        rating: ratingOfShare(targetsDone / targetCount),
      }
    }),
  }
}
