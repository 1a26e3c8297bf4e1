// Test data for councils, decisions and documents: nominations already appraised (or decided),
// written straight into the tables the nominations service owns, so these tests start at the
// council's step. Units come from the seeded province 08 (2025), the demo accounts' scope.
import type { DeadlineKind } from '@antq/core'
import { SYSTEM_ACTOR } from '../src/demo/seed-demo'
import type { Deps } from '../src/deps'
import { recordExtension } from '../src/features/deadline-extensions/deadline-extensions.service'
import type { Client } from './harness'

export const PLAN_004 = '004-dong-thap-2024'
export const FLAG_FORM = 'co-thi-dua-ubnd-tinh'
export const CERTIFICATE_FORM = 'bk-ubnd-tinh'

export async function findPlanId(deps: Deps, planKey: string) {
  const row = await deps.db
    .selectFrom('plans')
    .select('id')
    .where('plan_key', '=', planKey)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The unit's registration for a plan year, as the registrations service writes it. */
export async function registerUnit(
  deps: Deps,
  planKey: string,
  unit: { id: number; path: string },
  year: number,
  buildsExemplary = true,
) {
  const planId = await findPlanId(deps, planKey)
  await deps.db
    .insertInto('registrations')
    .values({
      ...{ plan_key: planKey, plan_id: planId, year, unit_id: unit.id, unit_path: unit.path },
      ...{ take_part: true, builds_exemplary: buildsExemplary, award_forms: '[]' },
      registered_by: 'fixture',
      registered_at: new Date(`${year}-03-15T02:00:00Z`),
    })
    .execute()
}

/** An audited extension (gia hạn) of one plan deadline for one unit, as the service records it. */
export async function extendDeadline(
  deps: Deps,
  grant: { planKey: string; closes: DeadlineKind; year: number; until: string; reason: string },
  unit: { id: number; path: string },
) {
  await deps.db
    .transaction()
    .execute((tx) =>
      recordExtension(
        tx,
        SYSTEM_ACTOR,
        { ...grant, unitIds: [unit.id], scopePath: null, at: deps.now() },
        { action: `${grant.closes}.extend`, units: [unit], wholeScope: null },
      ),
    )
}

export async function findProvince(deps: Deps, code = '08', version = '2025') {
  return deps.db
    .selectFrom('units')
    .select(['id', 'path', 'name'])
    .where('version', '=', version)
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
}

/** Collective nominees under the province: communes, agencies, schools, enterprises. */
export async function listNomineeUnits(deps: Deps, provincePath: string, count: number, skip = 0) {
  return deps.db
    .selectFrom('units')
    .select(['id', 'path', 'name', 'parent_id'])
    .where('path', 'like', `${provincePath}_%`)
    .where('kind', 'in', ['commune', 'agency', 'school', 'enterprise'])
    .orderBy('id')
    .offset(skip)
    .limit(count)
    .execute()
}

type Seed = { planKey: string; awardFormId: string; status: string; year?: number }

export async function insertNominations(
  deps: Deps,
  seed: Seed,
  units: readonly { id: number; path: string; parent_id: number | null }[],
) {
  const planId = await findPlanId(deps, seed.planKey)
  const rows = await deps.db
    .insertInto('nominations')
    .values(
      units.map((unit) => ({
        plan_key: seed.planKey,
        plan_id: planId,
        year: seed.year ?? 2024,
        award_form_id: seed.awardFormId,
        form_group: seed.awardFormId,
        proposing_unit_id: unit.parent_id ?? unit.id,
        proposing_unit_path: unit.path,
        subject_kind: 'collective' as const,
        subject_id: 'xa-phuong-thi-tran',
        nominee_unit_id: unit.id,
        nominee_key: `unit:${unit.id}`,
        person_facts: '{}',
        achievement_summary: 'Dẫn đầu phong trào toàn dân bảo vệ ANTQ năm 2024',
        status: seed.status,
        eligible: true,
        created_by: 'fixture',
        updated_by: 'fixture',
      })),
    )
    .returning('id')
    .execute()
  return rows.map((row) => row.id)
}

export const NINE_MEMBERS = [
  { name: 'Nguyễn Văn Chủ', position: 'Chủ tịch UBND tỉnh', role: 'chair' },
  { name: 'Trần Văn Phó', position: 'Phó Chủ tịch UBND tỉnh', role: 'vice_chair' },
  { name: 'Lê Thị Phó', position: 'Giám đốc Công an tỉnh', role: 'vice_chair' },
  { name: 'Phạm Thư Ký', position: 'Trưởng Ban Thi đua – Khen thưởng', role: 'secretary' },
  { name: 'Hoàng Ủy Viên', position: 'Giám đốc Sở Nội vụ', role: 'member' },
  { name: 'Vũ Ủy Viên', position: 'Giám đốc Sở Tài chính', role: 'member' },
  { name: 'Đỗ Ủy Viên', position: 'Chủ tịch UBMTTQ tỉnh', role: 'member' },
  { name: 'Bùi Ủy Viên', position: 'Bí thư Tỉnh đoàn', role: 'member' },
  { name: 'Ngô Ủy Viên', position: 'Chủ tịch Hội LHPN tỉnh', role: 'member' },
]

export type MeetingBody = {
  id: number
  rowVersion: number
  quorumMet: boolean
  status: string
  minutesNumber: string | null
  attendance: { memberId: number; present: boolean }[]
  agenda: { nominationId: number }[]
  votes: { nominationId: number; passed: boolean }[]
}

/** A council, a quorate meeting (7 of 9), the agenda, and a vote on each nomination. */
export async function passThroughCouncil(
  secretary: Client,
  provinceId: number,
  nominationIds: readonly number[],
  votesFor: (id: number) => number = () => 6,
) {
  const council = await secretary.request({
    method: 'POST',
    url: '/api/councils',
    payload: {
      issuerUnitId: provinceId,
      name: 'Hội đồng Thi đua – Khen thưởng tỉnh',
      issuerCode: 'UBND',
      members: NINE_MEMBERS,
    },
  })
  const councilId = council.json<{ id: number }>().id
  let meeting = (
    await secretary.request({
      method: 'POST',
      url: `/api/councils/${councilId}/meetings`,
      payload: { date: '2024-12-10', place: 'Tuyên Quang' },
    })
  ).json<MeetingBody>()
  const present = meeting.attendance.slice(0, 7).map((row) => row.memberId)
  meeting = (
    await secretary.request({
      method: 'PUT',
      url: `/api/meetings/${meeting.id}/attendance`,
      payload: { presentMemberIds: present, rowVersion: meeting.rowVersion },
    })
  ).json<MeetingBody>()
  meeting = (
    await secretary.request({
      method: 'PUT',
      url: `/api/meetings/${meeting.id}/agenda`,
      payload: { nominationIds, rowVersion: meeting.rowVersion },
    })
  ).json<MeetingBody>()
  for (const id of nominationIds) {
    const response = await secretary.request({
      method: 'POST',
      url: `/api/meetings/${meeting.id}/votes`,
      payload: { nominationId: id, votesFor: votesFor(id), votesAgainst: 7 - votesFor(id) },
    })
    if (response.statusCode !== 200) throw new Error(`vote ${id}: ${response.body}`)
  }
  return { councilId, meetingId: meeting.id }
}
