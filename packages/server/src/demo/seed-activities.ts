// The demo's activity log (issue 12 items 2 and 7): for every unit whose yearly report types a
// figure the log stands for, the year's sessions, trainings, articles and broadcasts behind it —
// a commune's households reached split over its residential areas (each area's best-attended
// session is its share, a few smaller sessions beside it), a body's staff and pupils reached in
// one full session plus smaller ones, a training of the typed number of propagandists, one row
// per article or broadcast. About one commune in twelve logged fewer households than it typed
// (it added its sessions up), so the report form shows the disagreement flag somewhere.
import { pathIds } from '@antq/core'
import type { Deps } from '../deps'
import { appendAudit } from '../features/audit/audit.repository'
import { createRandom, type Random } from './random'
import * as repo from './seed-campaign.repository'
import { listUnitsWithActivities } from './seed-activities.repository'
import { SYSTEM_ACTOR } from './seed-demo'

type Unit = repo.CampaignUnit
type Row = repo.Rows<'activities'>[number]

const TITLES = {
  households: [
    'Họp dân tuyên truyền phòng, chống tội phạm',
    'Tuyên truyền an ninh trật tự tại nhà văn hoá',
    'Phổ biến pháp luật về phòng, chống ma tuý',
  ],
  staff: [
    'Hội nghị phổ biến pháp luật cho cán bộ, người lao động',
    'Sinh hoạt chuyên đề phong trào toàn dân bảo vệ ANTQ',
  ],
  pupils: [
    'Ngoại khoá phòng, chống tội phạm cho học sinh',
    'Tuyên truyền an toàn giao thông, phòng chống ma tuý học đường',
  ],
  training: ['Tập huấn kỹ năng tuyên truyền cho báo cáo viên, tuyên truyền viên'],
  provincial_article: ['Tin bài về phong trào toàn dân bảo vệ ANTQ trên Báo tỉnh'],
  district_broadcast: ['Tin, bài phát trên Đài Truyền thanh - Truyền hình huyện'],
} as const

function dateIn(year: number, random: Random) {
  const month = random.int(1, 12)
  return `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
}

/** A best-attended session of `best` and one or two smaller ones of the same audience. */
function sessions(
  unitId: number,
  audience: keyof typeof TITLES,
  best: number,
  year: number,
  random: Random,
): Row[] {
  const sizes = [
    best,
    ...Array.from({ length: random.int(1, 2) }, () =>
      Math.floor(best * (0.4 + random.next() * 0.4)),
    ),
  ]
  return sizes
    .filter((size) => size > 0)
    .map((reached, index) => ({
      ...{
        unit_id: unitId,
        held_on: dateIn(year, random),
        kind: index === 0 ? 'conference' : 'session',
      },
      ...{ audience, reached, title: random.pick(TITLES[audience]), file_id: null },
      ...{ recorded_by: SYSTEM_ACTOR.username, recorded_at: new Date(`${year}-12-20T02:00:00Z`) },
    }))
}

/** Households over the commune's residential areas, each area's share by its households. */
function householdSessions(
  commune: Unit,
  areas: readonly Unit[],
  reached: number,
  year: number,
  random: Random,
) {
  if (areas.length === 0) return sessions(commune.id, 'households', reached, year, random)
  const weights = areas.map((area) => area.households ?? 1)
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  let left = reached
  return areas.flatMap((area, index) => {
    const share =
      index === areas.length - 1 ? left : Math.floor((reached * (weights[index] ?? 1)) / total)
    left -= share
    return sessions(area.id, 'households', share, year, random)
  })
}

function items(
  unitId: number,
  kind: 'provincial_article' | 'district_broadcast',
  count: number,
  year: number,
  random: Random,
): Row[] {
  return Array.from({ length: count }, () => ({
    ...{ unit_id: unitId, held_on: dateIn(year, random), kind, audience: 'public', reached: null },
    ...{ title: random.pick(TITLES[kind]), file_id: null, recorded_by: SYSTEM_ACTOR.username },
    recorded_at: new Date(`${year}-12-20T02:00:00Z`),
  }))
}

function numberIn(figures: Record<string, unknown>, id: string) {
  const value = figures[id]
  return typeof value === 'number' ? value : null
}

/** The log behind one unit's typed figures. */
function activitiesOf(
  unit: Unit,
  areas: readonly Unit[],
  figures: Record<string, unknown>,
  year: number,
) {
  const random = createRandom(`activities:${unit.code}:${year}`)
  const rows: Row[] = []
  const households = numberIn(figures, 'propaganda.households_reached')
  if (households) {
    const short = random.next() < 0.08 ? Math.floor(households * 0.9) : households
    rows.push(...householdSessions(unit, areas, short, year, random))
  }
  for (const audience of ['staff', 'pupils'] as const) {
    const reached = numberIn(figures, `propaganda.${audience}_reached`)
    if (reached) rows.push(...sessions(unit.id, audience, reached, year, random))
  }
  const trained = numberIn(figures, 'propagandists.trained')
  if (trained)
    rows.push(
      ...sessions(unit.id, 'households', trained, year, random)
        .slice(0, 1)
        .map((row) => ({
          ...row,
          kind: 'training',
          audience: 'propagandists',
          title: TITLES.training[0],
        })),
    )
  rows.push(
    ...items(
      unit.id,
      'provincial_article',
      numberIn(figures, 'media.provincial_articles') ?? 0,
      year,
      random,
    ),
  )
  rows.push(
    ...items(
      unit.id,
      'district_broadcast',
      numberIn(figures, 'media.district_broadcasts') ?? 0,
      year,
      random,
    ),
  )
  return rows
}

/** Seed the log behind a plan's yearly reports (units that already log the year are left alone). */
export async function seedDemoActivities(
  deps: Deps,
  input: {
    planId: number
    year: number
    units: readonly Unit[]
    reports: readonly { unit_id: number; figures: string }[]
  },
) {
  const logged = new Set(
    await listUnitsWithActivities(
      deps.db,
      input.year,
      input.units.map((unit) => unit.id),
    ),
  )
  const areasOf = new Map<number, Unit[]>()
  for (const unit of input.units)
    if (unit.kind === 'residential_area') {
      const parent = pathIds(unit.path).at(-2) ?? 0
      areasOf.set(parent, [...(areasOf.get(parent) ?? []), unit])
    }
  const byId = new Map(input.units.map((unit) => [unit.id, unit]))
  const rows: Row[] = []
  for (const report of input.reports) {
    const unit = byId.get(report.unit_id)
    if (!unit || logged.has(unit.id)) continue
    const figures = JSON.parse(report.figures) as Record<string, unknown>
    rows.push(...activitiesOf(unit, areasOf.get(unit.id) ?? [], figures, input.year))
  }
  if (rows.length === 0) return
  await deps.db.transaction().execute(async (tx) => {
    await repo.insertInChunks(tx, 'activities', rows)
    await appendAudit(tx, {
      ...{ actorId: null, actorName: SYSTEM_ACTOR.username, action: 'demo.activities' },
      ...{ entity: 'plan', entityId: input.planId, after: { year: input.year, rows: rows.length } },
      reason: `Nhật ký hoạt động mẫu năm ${input.year}`,
    })
  })
}
