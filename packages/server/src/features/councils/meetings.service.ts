// Council meetings: created with the council's current members as convened, attendance that
// sets who is present and whether the meeting is quorate, and an agenda of appraised
// nominations from inside the council's subtree. Votes and closing: meetings-vote.service.
import { AppError, checkQuorum, type Actor, type CouncilRules } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { listNominationViews } from '../decisions/nominations-read.repository'
import { listMembers } from './councils.repository'
import { loadCouncil } from './councils.service'
import { getMeetingIn, loadMeeting } from './meetings-read.service'
import * as repo from './meetings.repository'

type Tx = Kysely<Database>

export function assertOpen(meeting: repo.MeetingRow) {
  if (meeting.status !== 'open')
    throw new AppError('INVALID_TRANSITION', 'Phiên họp đã kết thúc, không thể thay đổi')
}

async function audit(
  tx: Tx,
  actor: Actor,
  loaded: Awaited<ReturnType<typeof loadMeeting>>,
  action: string,
  after: unknown,
) {
  await appendAudit(tx, {
    actorId: actor.accountId,
    actorName: actor.username,
    action: `council.meeting.${action}`,
    entity: 'council_meeting',
    entityId: loaded.meeting.id,
    unit: { id: loaded.council.issuer_unit_id, path: loaded.council.issuer_unit_path },
    after,
  })
}

export async function createMeeting(
  deps: Deps,
  actor: Actor,
  councilId: number,
  input: { date: string; place: string },
) {
  return deps.db.transaction().execute(async (tx) => {
    const council = await loadCouncil(tx, actor, councilId, 'council:manage')
    const members = await listMembers(tx, councilId)
    const { id } = await repo.insertMeeting(tx, {
      council_id: councilId,
      issuer_unit_path: council.issuer_unit_path,
      meeting_date: input.date,
      place: input.place,
      convened: members.length,
      created_by: actor.username,
    })
    await repo.replaceAttendance(
      tx,
      id,
      members.map((member) => ({ member_id: member.id, present: false })),
    )
    await audit(tx, actor, await loadMeeting(tx, actor, id), 'create', input)
    return getMeetingIn(tx, actor, id)
  })
}

export async function setAttendance(
  deps: Deps,
  actor: Actor,
  meetingId: number,
  input: { presentMemberIds: number[]; rowVersion: number },
) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadMeeting(tx, actor, meetingId, true)
    assertOpen(loaded.meeting)
    const attendance = await repo.listAttendance(tx, meetingId)
    const known = new Set(attendance.map((row) => row.id))
    const unknown = input.presentMemberIds.filter((id) => !known.has(id))
    if (unknown.length > 0)
      throw new AppError(
        'VALIDATION',
        `Không phải thành viên được triệu tập: ${unknown.join(', ')}`,
      )
    const present = new Set(input.presentMemberIds)
    const quorum = checkQuorum(
      attendance.length,
      present.size,
      loaded.council.rules as CouncilRules,
    )
    const changed = await repo.updateMeeting(tx, meetingId, input.rowVersion, {
      convened: attendance.length,
      present: present.size,
      quorum_met: quorum.met,
    })
    if (!changed) throw new AppError('CONFLICT')
    await repo.replaceAttendance(
      tx,
      meetingId,
      attendance.map((row) => ({ member_id: row.id, present: present.has(row.id) })),
    )
    await audit(tx, actor, loaded, 'attendance', { present: [...present], quorum })
    return getMeetingIn(tx, actor, meetingId)
  })
}

export async function setAgenda(
  deps: Deps,
  actor: Actor,
  meetingId: number,
  input: { nominationIds: number[]; rowVersion: number },
) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadMeeting(tx, actor, meetingId, true)
    assertOpen(loaded.meeting)
    const views = await listNominationViews(tx, input.nominationIds)
    const voted = new Set((await repo.listVotes(tx, meetingId)).map((vote) => vote.nomination_id))
    const problems: string[] = []
    for (const id of input.nominationIds) {
      const view = views.find((row) => row.id === id)
      if (!view || !view.proposing_unit_path.startsWith(loaded.council.issuer_unit_path))
        problems.push(`Đề nghị #${id} không thuộc phạm vi của Hội đồng`)
      else if (view.status !== 'appraised' && !voted.has(id))
        problems.push(`Đề nghị #${id} chưa được thẩm định`)
    }
    if (problems.length > 0)
      throw new AppError(
        'VALIDATION',
        problems[0],
        problems.map((message) => ({ path: 'nominationIds', message })),
      )
    if (!(await repo.updateMeeting(tx, meetingId, input.rowVersion, {})))
      throw new AppError('CONFLICT')
    await repo.replaceAgenda(tx, meetingId, [...new Set(input.nominationIds)])
    await audit(tx, actor, loaded, 'agenda', input.nominationIds)
    return getMeetingIn(tx, actor, meetingId)
  })
}
