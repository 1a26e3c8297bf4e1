// Council meetings: created with the council's current members as convened, attendance that
// sets who is present and whether the meeting is quorate, and an agenda of appraised
// nominations from inside the council's subtree. Votes and closing: meetings-vote.service.
import { AppError, checkQuorum, type Actor, type CouncilRules } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { describeNominee, listNominationViews } from '../decisions/nominations-read.repository'
import { listMembers } from './councils.repository'
import { presentCouncil, presentMeetingSummary, presentVote } from './councils.presenter'
import { loadCouncil } from './councils.service'
import * as repo from './meetings.repository'

type Tx = Kysely<Database>

/** The meeting and its council, in the actor's scope; `manage` also needs council:manage. */
export async function loadMeeting(db: Tx, actor: Actor, id: number, manage = false) {
  const meeting = await repo.findMeeting(db, id)
  if (!meeting) throw new AppError('NOT_FOUND')
  const council = await loadCouncil(
    db,
    actor,
    meeting.council_id,
    manage ? 'council:manage' : undefined,
  )
  return { meeting, council }
}

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

export async function listAgendaCandidates(
  deps: Deps,
  actor: Actor,
  meetingId: number,
  planKey?: string,
) {
  const { council } = await loadMeeting(deps.db, actor, meetingId)
  const ids = await repo.listAgendaCandidates(deps.db, council.issuer_unit_path, planKey)
  const views = await listNominationViews(
    deps.db,
    ids.map((row) => row.id),
  )
  return { items: views.map(presentAgendaItem) }
}

function presentAgendaItem(view: Awaited<ReturnType<typeof listNominationViews>>[number]) {
  return {
    nominationId: view.id,
    planKey: view.plan_key,
    year: view.year,
    awardFormId: view.award_form_id,
    subjectKind: view.subject_kind,
    ...describeNominee(view),
    proposingUnit: view.proposing_unit_name,
    status: view.status,
  }
}

export async function getMeetingIn(db: Tx, actor: Actor, id: number) {
  const { meeting, council } = await loadMeeting(db, actor, id)
  const [attendance, agenda, votes] = await Promise.all([
    repo.listAttendance(db, id),
    repo.listAgendaIds(db, id),
    repo.listVotes(db, id),
  ])
  const views = await listNominationViews(
    db,
    agenda.map((item) => item.nomination_id),
  )
  const quorum = checkQuorum(meeting.convened, meeting.present, council.rules as CouncilRules)
  return {
    ...presentMeetingSummary(meeting),
    council: presentCouncil(council),
    quorum,
    attendance: attendance.map((row) => ({
      memberId: row.id,
      name: row.name,
      position: row.position,
      role: row.role,
      present: row.present,
    })),
    agenda: agenda.flatMap((item) => {
      const view = views.find((row) => row.id === item.nomination_id)
      return view ? [{ position: item.position, ...presentAgendaItem(view) }] : []
    }),
    votes: votes.map(presentVote),
  }
}

export function getMeeting(deps: Deps, actor: Actor, id: number) {
  return getMeetingIn(deps.db, actor, id)
}

export async function listCouncilMeetings(deps: Deps, actor: Actor, councilId: number) {
  await loadCouncil(deps.db, actor, councilId)
  return { items: (await repo.listMeetings(deps.db, councilId)).map(presentMeetingSummary) }
}
