// The demo's events (issue 12 item 3): for every published plan that orders a Ngày hội or a
// forum, most units of its levels (about 85%, drawn per unit) held the demo year's Ngày hội
// inside its window, a few held a forum; awards handed over at a commune's Ngày hội are the
// year's signed decisions it may hand over, when there are any. The demo clerk's commune has
// not held plan 000's, so a visitor can record one. Written once: a plan-year with events is left alone.
import { eventWindowOf, holdsEvent, planCoversYear, type Plan, type PlanEvent } from '@antq/core'
import type { Deps } from '../deps'
import { appendAudit } from '../features/audit/audit.repository'
import * as events from '../features/events/events.repository'
import { createRandom } from './random'
import { listPublishedPlans } from './seed-campaign.repository'
import { SYSTEM_ACTOR } from './seed-demo'

/** The commune of the demo clerk (canbo.xadongyen), left to record its Ngày hội in the journey. */
const LEFT_FOR_THE_DEMO = new Set(['01216'])

const PROGRAMME = [
  { part: 'ceremony', title: 'Khai mạc; báo cáo kết quả phong trào toàn dân bảo vệ ANTQ' },
  { part: 'ceremony', title: 'Trao khen thưởng tập thể, cá nhân tiêu biểu' },
  { part: 'festival', title: 'Hội thi tìm hiểu pháp luật về an ninh, trật tự' },
  { part: 'festival', title: 'Văn nghệ, thể thao, trò chơi dân gian' },
]
const FORUM = [{ part: 'ceremony', title: 'Công an xã tiếp thu, giải đáp ý kiến của Nhân dân' }]
const MODELS = ['Camera an ninh', 'Tổ tự quản về an ninh, trật tự', 'Dòng họ bình yên']

const dayIn = (from: string, to: string, offset: number) => {
  const start = Date.parse(`${from}T00:00:00Z`)
  const span = Math.max(0, (Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000)
  return new Date(start + Math.min(span, offset) * 86_400_000).toISOString().slice(0, 10)
}

export async function seedDemoEvents(deps: Deps, demoYear: number) {
  for (const row of await listPublishedPlans(deps.db)) {
    const plan = row.definition as Plan
    if (!plan.events?.length || !row.issuer_unit_id) continue
    const year = Math.min(
      Math.max(demoYear, plan.period.startYear),
      plan.period.endYear ?? plan.period.startYear,
    )
    if (!planCoversYear(plan, year)) continue
    if ((await events.listPlanEvents(deps.db, row.plan_key, year)).length > 0) continue
    const issuer = await events.findUnit(deps.db, row.issuer_unit_id)
    if (!issuer) continue
    const kinds = [...new Set(plan.events.flatMap((event) => event.levels))]
    const units = await events.listHolderUnits(deps.db, { ...issuer, kinds })
    await deps.db.transaction().execute(async (tx) => {
      let written = 0
      for (const event of plan.events)
        for (const unit of units) {
          if (!holdsEvent(event, unit.kind) || !holds(event, unit.code, year)) continue
          await insertOne({ ...deps, db: tx }, { row, event, unit, year })
          written++
        }
      await appendAudit(tx, {
        ...{ actorId: null, actorName: SYSTEM_ACTOR.username, action: 'demo.events' },
        ...{ entity: 'plan', entityId: row.id, after: { year, events: written } },
        reason: `Ngày hội, diễn đàn mẫu năm ${year}`,
      })
    })
  }
}

function holds(event: PlanEvent, code: string, year: number) {
  const draw = createRandom(`event:${event.id}:${code}:${year}`).next()
  if (event.kind === 'dien_dan') return draw < 0.15
  return !LEFT_FOR_THE_DEMO.has(code) && draw < 0.85
}

type One = {
  row: { id: number; plan_key: string }
  event: PlanEvent
  unit: { id: number; code: string; name: string; kind: string; path: string }
  year: number
}

async function insertOne(deps: Deps, { row, event, unit, year }: One) {
  const random = createRandom(`event-day:${event.id}:${unit.code}`)
  const window = eventWindowOf(event, year)
  const heldOn = dayIn(
    window.from,
    window.to,
    event.kind === 'ngay_hoi' ? random.int(5, 48) : random.int(60, 300),
  )
  const ngayHoi = event.kind === 'ngay_hoi'
  const at = new Date(`${heldOn}T10:00:00Z`)
  const { id } = await events.insertEvent(deps.db, {
    ...{ plan_key: row.plan_key, plan_id: row.id, plan_event_id: event.id, kind: event.kind },
    ...{ unit_id: unit.id, unit_path: unit.path, year, held_on: heldOn },
    title: `${ngayHoi ? 'Ngày hội toàn dân bảo vệ ANTQ' : 'Diễn đàn Công an lắng nghe ý kiến Nhân dân'} — ${unit.name}`,
    place: ngayHoi ? `Hội trường ${unit.name}` : `Nhà văn hoá thôn, ${unit.name}`,
    participants: ngayHoi ? random.int(250, 900) : random.int(60, 180),
    programme: JSON.stringify(ngayHoi ? PROGRAMME : FORUM),
    models: JSON.stringify(ngayHoi ? [random.pick(MODELS)] : []),
    ...{ notes: null, created_by: SYSTEM_ACTOR.username, created_at: at },
  })
  const decisions = ngayHoi ? await events.listHandableDecisions(deps.db, unit.path, year) : []
  const award = decisions[0]
  if (award)
    await events.insertAwards(deps.db, [{ event_id: id, decision_id: award.id, note: null }])
  await events.appendHistory(deps.db, {
    ...{ event_id: id, action: 'recorded', before: null, at, actor_name: SYSTEM_ACTOR.username },
    after: { demo: true, heldOn, awards: award ? [award.id] : [] },
    reason: 'Dữ liệu mẫu',
  })
}
