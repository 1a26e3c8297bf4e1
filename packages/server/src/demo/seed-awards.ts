// A small deterministic awards year on top of the demo nominations (seed-nominations): plan
// 004's nine appraised Cờ thi đua go before the province's council (8 of 9 present, each voted
// through), the minutes are closed under their number and one decision awards all nine — so
// the fixed quota reads 9/9 decided and a tenth is refused with the count. Plan 001 gets one
// commune recognised as exemplary for the year after its demo results. Written once, through the
// same services as the API, by the system actor.
import type { CouncilRole } from '@antq/core'
import type { Deps } from '../deps'
import { createCouncil } from '../features/councils/councils.service'
import { closeMeeting, recordVote } from '../features/councils/meetings-vote.service'
import { createMeeting, setAgenda, setAttendance } from '../features/councils/meetings.service'
import { createDecision } from '../features/decisions/decisions.service'
import { actOnRecognition } from '../features/recognitions/recognitions-action.service'
import { proposeRecognition } from '../features/recognitions/recognitions.service'
import { seedProvinceCommittee, seedSteeringCommittee } from './seed-issuing-bodies'
import { createRandom } from './random'
import * as repo from './seed-awards.repository'
import { SYSTEM_ACTOR } from './seed-demo'

const actor = SYSTEM_ACTOR
const MEMBERS: { name: string; position: string; role: CouncilRole }[] = [
  { name: 'Lê Văn Bình', position: 'Chủ tịch UBND tỉnh', role: 'chair' },
  { name: 'Trần Quốc Dũng', position: 'Phó Chủ tịch UBND tỉnh', role: 'vice_chair' },
  { name: 'Nguyễn Hữu Lộc', position: 'Giám đốc Công an tỉnh', role: 'vice_chair' },
  { name: 'Phạm Thị Hạnh', position: 'Trưởng Ban Thi đua – Khen thưởng', role: 'secretary' },
  { name: 'Võ Minh Tâm', position: 'Giám đốc Sở Nội vụ', role: 'member' },
  { name: 'Huỳnh Văn Phúc', position: 'Giám đốc Sở Tài chính', role: 'member' },
  { name: 'Đỗ Thị Lan', position: 'Chủ tịch Ủy ban MTTQ tỉnh', role: 'member' },
  { name: 'Bùi Thanh Sơn', position: 'Bí thư Tỉnh đoàn', role: 'member' },
  { name: 'Ngô Thị Mai', position: 'Chủ tịch Hội LHPN tỉnh', role: 'member' },
]

async function seedFlags(deps: Deps) {
  const plan = await repo.findPlan(deps.db, '004-dong-thap-2024')
  if (!plan?.issuer_unit_id || (await repo.hasDecision(deps.db, plan.plan_key))) return 0
  const ids = await repo.listAppraised(deps.db, plan.plan_key, 'co-thi-dua-ubnd-tinh')
  if (ids.length === 0) return 0
  await seedProvinceCommittee(deps, plan.issuer_unit_id)
  const council = await createCouncil(deps, actor, {
    issuerUnitId: plan.issuer_unit_id,
    name: 'Hội đồng Thi đua – Khen thưởng tỉnh Đồng Tháp',
    issuerCode: 'UBND',
    members: MEMBERS,
  })
  let meeting = await createMeeting(deps, actor, council.id, {
    date: '2024-12-10',
    place: 'Đồng Tháp',
  })
  const present = meeting.attendance.slice(0, 8).map((row) => row.memberId)
  meeting = await setAttendance(deps, actor, meeting.id, {
    presentMemberIds: present,
    rowVersion: meeting.rowVersion,
  })
  meeting = await setAgenda(deps, actor, meeting.id, {
    nominationIds: ids,
    rowVersion: meeting.rowVersion,
  })
  for (const id of ids) {
    const votesFor = createRandom(`vote-${plan.plan_key}-${id}`).int(6, 8)
    await recordVote(deps, actor, meeting.id, {
      nominationId: id,
      votesFor,
      votesAgainst: 8 - votesFor,
    })
  }
  await closeMeeting(deps, actor, meeting.id, { rowVersion: meeting.rowVersion })
  await createDecision(deps, actor, {
    issuerUnitId: plan.issuer_unit_id,
    issuerCode: 'UBND',
    planId: plan.id,
    awardFormId: 'co-thi-dua-ubnd-tinh',
    nominationIds: ids,
    meetingId: meeting.id,
    date: '2024-12-20',
    signerKey: 'chu-tich',
  })
  return ids.length
}

async function seedRecognition(deps: Deps) {
  const plan = await repo.findPlan(deps.db, '001-quang-tri-dien-hinh')
  if (!plan?.scope_path || (await repo.hasRecognition(deps.db, plan.plan_key))) return 0
  // The demo campaign's year for plan 001 gives last year's results; recognise the year after.
  const unit = await repo.findCandidate(deps.db, plan.scope_path)
  if (!unit) return 0
  await repo.registerCandidate(deps.db, plan, unit, unit.year + 1, deps.now())
  let recognition = await proposeRecognition(deps, actor, {
    unitId: unit.id,
    kind: 'exemplary',
    year: unit.year + 1,
    planId: plan.id,
  })
  recognition = await actOnRecognition(deps, actor, recognition.id, {
    action: 'evaluate',
    criteriaMet: 34,
    criteriaTotal: 34,
    note: 'Đạt đủ 34/34 tiêu chí theo QĐ 9745',
    rowVersion: recognition.rowVersion,
  })
  await seedSteeringCommittee(deps, recognition.recognizer.id)
  await actOnRecognition(deps, actor, recognition.id, {
    action: 'recognise',
    date: `${unit.year + 1}-10-20`,
    issuerCode: 'BCĐ',
    rowVersion: recognition.rowVersion,
  })
  return 1
}

export type AwardsSummary = { decided: number; recognised: number }

/** Seed the demo awards once; what was written (zeros when already there). */
export async function seedDemoAwards(deps: Deps): Promise<AwardsSummary> {
  return { decided: await seedFlags(deps), recognised: await seedRecognition(deps) }
}
