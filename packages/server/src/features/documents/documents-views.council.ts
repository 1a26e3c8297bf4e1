// The biên bản of a council meeting, from the record: members and attendance, the quorum the
// council's rule requires, the agenda and each vote with its outcome.
import { COUNCIL_ISSUER_CODE, minimumForShare, type Actor } from '@antq/core'
import type { CouncilMinutesView, CouncilRole } from '@antq/documents'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { getMeetingIn } from '../councils/meetings-read.service'
import { listNominationViews, describeNominee } from '../decisions/nominations-read.repository'
import { buildBodyHeader, issuerCodeOf, loadForm, sequenceOf } from './documents-views.common'

export async function buildCouncilMinutes(
  db: Kysely<Database>,
  actor: Actor,
  meetingId: number,
): Promise<CouncilMinutesView> {
  const meeting = await getMeetingIn(db, actor, meetingId)
  const rules = meeting.council.rules
  const views = await listNominationViews(
    db,
    meeting.agenda.map((item) => item.nominationId),
  )
  const formNames = new Map<string, string>()
  for (const view of views) {
    const key = `${view.plan_id}:${view.award_form_id}`
    if (!formNames.has(key))
      formNames.set(
        key,
        (await loadForm(db, view.plan_id, view.award_form_id)).form?.name ?? view.award_form_id,
      )
  }
  const formOf = (id: number) => {
    const view = views.find((row) => row.id === id)
    return view ? (formNames.get(`${view.plan_id}:${view.award_form_id}`) ?? '') : ''
  }
  const nameOf = (id: number) => {
    const view = views.find((row) => row.id === id)
    return view ? describeNominee(view).name : `#${id}`
  }
  return {
    // Issued by the council itself, under the body it serves (ADR 030).
    header: await buildBodyHeader(db, meeting.council.issuerUnit.id, 'council', {
      code: issuerCodeOf(meeting.minutesNumber) ?? COUNCIL_ISSUER_CODE,
      sequence: sequenceOf(meeting.minutesNumber),
      date: meeting.date,
      councilName: meeting.council.name,
    }),
    summary: `Họp ${meeting.council.name} xét đề nghị khen thưởng${views[0] ? ` năm ${views[0].year}` : ''}`,
    councilName: meeting.council.name,
    startedAt: `${meeting.date}T08:00`,
    endedAt: '11:00',
    location: meeting.place,
    members: meeting.attendance.map((member) => ({
      name: member.name,
      position: member.position,
      role: member.role as CouncilRole,
      present: member.present,
      absenceReason: null,
    })),
    quorumRequired: minimumForShare(meeting.convened, rules.quorum),
    agenda: meeting.agenda.map(
      (item) => `Xét đề nghị tặng ${formOf(item.nominationId)} cho ${item.name}`,
    ),
    votes: meeting.votes.map((vote) => ({
      nominee: nameOf(vote.nominationId),
      awardForm: formOf(vote.nominationId),
      convened: vote.convened,
      present: vote.present,
      votesFor: vote.votesFor,
      votesAgainst: vote.votesAgainst,
      outcome: vote.passed ? ('approved' as const) : ('rejected' as const),
    })),
    voteBase: 'convened',
    conclusions: [
      `Hội đồng thống nhất đề nghị cấp có thẩm quyền khen thưởng ${meeting.votes.filter((vote) => vote.passed).length} tập thể, cá nhân đạt trên một nửa tổng số thành viên Hội đồng đồng ý.`,
    ],
  }
}
