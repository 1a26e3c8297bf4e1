// Reading meetings: one meeting with its council, quorum, attendance, agenda and votes; a
// council's meetings; the appraised nominations a meeting may put on its agenda.
import { AppError, checkQuorum, type Actor, type CouncilRules } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { describeNominee, listNominationViews } from '../decisions/nominations-read.repository'
import { presentCouncil, presentMeetingSummary, presentVote } from './councils.presenter'
import { loadCouncil } from './councils.service'
import * as repo from './meetings.repository'

/** The meeting and its council, in the actor's scope; `manage` also needs council:manage. */
export async function loadMeeting(db: Kysely<Database>, actor: Actor, id: number, manage = false) {
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

export async function getMeetingIn(db: Kysely<Database>, actor: Actor, id: number) {
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
