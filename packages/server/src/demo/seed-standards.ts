// The demo's unit standards (issue 12 item 5): for every unit of a plan, a record of each
// standard the plan's targets read. Where the unit's report still types the same yes/no (plan
// 002's cameras and guards, 003's fire safety, 004's model ward police) the record says what
// the report says, so the two agree; elsewhere it is drawn per unit (createRandom). A commune
// holds the enhanced 19.2 only when it holds the basic one. A recognition comes with its
// decision (number, date, the plan's issuer); a commune that fell short has a "không đạt" of
// the year, and a few communes lost a recognition during the year (thu hồi).
import {
  findStandardKind,
  PRIOR_YEAR_STANDARDS_PREFIX,
  STANDARDS_PREFIX,
  UNIT_STANDARD_KINDS,
  type Plan,
  type UnitStandardKind,
} from '@antq/core'
import type { Insertable } from 'kysely'
import type { UnitStandardTable } from '../db/schema-unit-standards'
import { createRandom } from './random'
import type { CampaignUnit } from './seed-campaign.repository'
import { SYSTEM_ACTOR } from './seed-demo'

/** How often a unit drawn (no typed figure) holds each standard: believable, not perfect. */
const HOLD_RATE: Readonly<Record<string, number>> = {
  ntm_19_2: 0.93,
  ntm_19_2_enhanced: 0.45,
  ntm_achieved: 0.7,
  drug_free: 0.8,
  fire_safety: 0.85,
  child_friendly: 0.9,
  access_to_law: 0.88,
  cameras_installed: 0.85,
  guards_sufficient: 0.9,
  zalo_group: 0.9,
  ward_police_model: 0.35,
}

/** The standard kinds a plan's targets read (`standards.<kind>` in a measure or scope). */
export function standardsReadBy(plan: Plan): UnitStandardKind[] {
  const text = JSON.stringify(plan.targets)
  return UNIT_STANDARD_KINDS.filter((kind) => text.includes(`${STANDARDS_PREFIX}${kind.id}`))
}

type Row = Insertable<UnitStandardTable>

/** One unit's records for the year: typed answers kept, the rest drawn. */
export function drawStandards(
  input: { plan: Plan; planKey: string; year: number; unit: CampaignUnit },
  kinds: readonly UnitStandardKind[],
  figures: Readonly<Record<string, unknown>>,
): Row[] {
  const { plan, planKey, year, unit } = input
  const held = new Map<string, boolean>()
  const rows: Row[] = []
  const ordered = [...kinds].sort(
    (a, b) => Number(Boolean(a.requires)) - Number(Boolean(b.requires)),
  )
  for (const kind of ordered) {
    if (!kind.unitKinds.includes(unit.kind as never)) continue
    if (kind.id === 'ward_police_model' && unit.subtype !== 'phuong') continue
    const random = createRandom(`${planKey}${unit.code}:standard:${kind.id}`)
    const typed = kind.typedFields
      .map((field) => figures[field])
      .find((v) => typeof v === 'boolean')
    let holds = typeof typed === 'boolean' ? typed : random.next() < (HOLD_RATE[kind.id] ?? 0.8)
    if (kind.requires && !held.get(kind.requires)) holds = false
    held.set(kind.id, holds)
    const month = random.int(3, 10)
    const day = random.int(1, 25)
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const decided = kind.decisionRequired && holds
    // A few recognitions were revoked late in the year: the revocation says why, the year ends
    // without the standard (only where no typed answer says otherwise).
    const revoked = decided && typed === undefined && random.next() < 0.03
    rows.push({
      ...{ unit_id: unit.id, kind: kind.id, status: holds ? 'dat' : 'khong_dat' },
      ...{ valid_from: date, valid_to: null },
      decision_number: decided ? `${random.int(100, 2999)}/QĐ-UBND` : null,
      decision_date: decided ? date : null,
      decision_issuer: decided ? plan.metadata.issuer.name : null,
      ...{ criteria_set: findStandardKind(kind.id)?.criteriaSet ?? null, answers: null },
      note: holds ? null : 'Chưa đạt khi xét trong năm',
      ...{ entered_by: SYSTEM_ACTOR.username, entered_at: new Date(`${year}-12-20T02:00:00Z`) },
    })
    const revokedOn = `${year}-11-${String(random.int(10, 28))}`
    if (revoked && !kind.requires && !kinds.some((other) => other.requires === kind.id))
      rows.push({
        ...{ unit_id: unit.id, kind: kind.id, status: 'thu_hoi' },
        ...{ valid_from: revokedOn, valid_to: null },
        ...{ decision_number: `${random.int(3000, 3999)}/QĐ-UBND`, decision_date: revokedOn },
        ...{ decision_issuer: plan.metadata.issuer.name, criteria_set: null, answers: null },
        note: 'Thu hồi do để xảy ra vụ việc phức tạp về an ninh, trật tự',
        ...{ entered_by: SYSTEM_ACTOR.username, entered_at: new Date(`${year}-12-20T02:00:00Z`) },
      })
    rows.push(...priorYearRecord(input, kind, figures))
  }
  return rows
}

/**
 * A standard the plan reads as held the year before (`prior_year.standards.<kind>`: plan 003's
 * "05 xã chưa đạt trong năm 2023") gets that year's record too, saying what the report's typed
 * answer about that year says, so the two agree; drawn where the report has none.
 */
function priorYearRecord(
  input: { plan: Plan; planKey: string; year: number; unit: CampaignUnit },
  kind: UnitStandardKind,
  figures: Readonly<Record<string, unknown>>,
): Row[] {
  const { plan, planKey, year, unit } = input
  if (!JSON.stringify(plan.targets).includes(`${PRIOR_YEAR_STANDARDS_PREFIX}${kind.id}`)) return []
  const random = createRandom(`${planKey}${unit.code}:standard:${kind.id}:prior`)
  const typed = (kind.priorYearTypedFields ?? [])
    .map((field) => figures[field])
    .find((v) => typeof v === 'boolean')
  const holds = typeof typed === 'boolean' ? typed : random.next() < (HOLD_RATE[kind.id] ?? 0.8)
  const date = `${year - 1}-${String(random.int(3, 10)).padStart(2, '0')}-${String(random.int(1, 25)).padStart(2, '0')}`
  const decided = kind.decisionRequired && holds
  return [
    {
      ...{ unit_id: unit.id, kind: kind.id, status: holds ? 'dat' : 'khong_dat' },
      ...{ valid_from: date, valid_to: null },
      decision_number: decided ? `${random.int(100, 2999)}/QĐ-UBND` : null,
      decision_date: decided ? date : null,
      decision_issuer: decided ? plan.metadata.issuer.name : null,
      ...{ criteria_set: kind.criteriaSet ?? null, answers: null },
      note: holds ? null : 'Chưa đạt khi xét trong năm',
      ...{ entered_by: SYSTEM_ACTOR.username, entered_at: new Date(`${year - 1}-12-20T02:00:00Z`) },
    },
  ]
}
