// The vote on one nomination and the close of the meeting. A vote needs an open, quorate
// meeting and a nomination on its agenda; the tally's convened and present come from the
// attendance, so they cannot disagree with it. A passed vote moves the nomination to reviewed
// (a decision takes only those); a failed one rejects it ("không đề nghị khen thưởng") with the
// count as its reason, so it does not wait for the police to reject it by hand. Closing takes the minutes' number (BB) in the same
// transaction.
import {
  AppError,
  COUNCIL_ISSUER_CODE,
  decideVote,
  type Actor,
  type CouncilRules,
} from '@antq/core'
import type { Deps } from '../../deps'
import { appendAudit } from '../audit/audit.repository'
import { takeDocumentNumber } from '../documents/document-numbers.repository'
import * as repo from './meetings.repository'
import { getMeetingIn, loadMeeting } from './meetings-read.service'
import { assertOpen } from './meetings.service'
import { moveNomination } from './nomination-steps'

export async function recordVote(
  deps: Deps,
  actor: Actor,
  meetingId: number,
  input: { nominationId: number; votesFor: number; votesAgainst: number },
) {
  return deps.db.transaction().execute(async (tx) => {
    const loaded = await loadMeeting(tx, actor, meetingId, true)
    const { meeting, council } = loaded
    assertOpen(meeting)
    const agenda = await repo.listAgendaIds(tx, meetingId)
    if (!agenda.some((item) => item.nomination_id === input.nominationId))
      throw new AppError(
        'VALIDATION',
        `Đề nghị #${input.nominationId} không có trong chương trình họp`,
      )
    const tally = { convened: meeting.convened, present: meeting.present, ...input }
    const outcome = decideVote(tally, council.rules as CouncilRules)
    if (!outcome.ok)
      throw new AppError(
        'VALIDATION',
        outcome.problems[0],
        outcome.problems.map((message) => ({ path: 'votes', message })),
      )
    await repo.insertVote(tx, {
      meeting_id: meetingId,
      nomination_id: input.nominationId,
      convened: tally.convened,
      present: tally.present,
      votes_for: input.votesFor,
      votes_against: input.votesAgainst,
      passed: outcome.passed,
      recorded_by: actor.username,
    })
    // Both outcomes leave the council's step done; the reason tells the unit a failed count.
    const reason = outcome.passed ? null : `Hội đồng không thông qua: ${outcome.message}`
    const step = await moveNomination(
      tx,
      deps,
      actor,
      input.nominationId,
      outcome.passed ? 'reviewed' : 'rejected',
      reason,
    )
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'council.vote',
      entity: 'nomination',
      entityId: input.nominationId,
      unit: { id: council.issuer_unit_id, path: council.issuer_unit_path },
      after: { meetingId, ...tally, passed: outcome.passed, status: step.to },
      reason: outcome.message,
    })
    return { passed: outcome.passed, message: outcome.message, status: step.to }
  })
}

export async function closeMeeting(
  deps: Deps,
  actor: Actor,
  meetingId: number,
  input: { rowVersion: number },
) {
  return deps.db.transaction().execute(async (tx) => {
    const { meeting, council } = await loadMeeting(tx, actor, meetingId, true)
    assertOpen(meeting)
    const agenda = await repo.listAgendaIds(tx, meetingId)
    const votes = await repo.listVotes(tx, meetingId)
    const open = agenda.filter(
      (item) => !votes.some((vote) => vote.nomination_id === item.nomination_id),
    )
    if (open.length > 0)
      throw new AppError('VALIDATION', `Còn ${open.length} đề nghị chưa biểu quyết`)
    const issued = await takeDocumentNumber(tx, actor, {
      issuerUnitId: council.issuer_unit_id,
      // The biên bản is the council's own document: BB-HĐTĐKT, whoever the council serves.
      issuerCode: COUNCIL_ISSUER_CODE,
      kind: 'minutes',
      date: meeting.meeting_day,
      entity: 'council_meeting',
      entityId: meetingId,
    })
    const changed = await repo.updateMeeting(tx, meetingId, input.rowVersion, {
      status: 'closed',
      minutes_number: issued.number,
    })
    if (!changed) throw new AppError('CONFLICT')
    await appendAudit(tx, {
      actorId: actor.accountId,
      actorName: actor.username,
      action: 'council.meeting.close',
      entity: 'council_meeting',
      entityId: meetingId,
      unit: { id: council.issuer_unit_id, path: council.issuer_unit_path },
      after: { minutesNumber: issued.number, votes: votes.length },
    })
    return getMeetingIn(tx, actor, meetingId)
  })
}
