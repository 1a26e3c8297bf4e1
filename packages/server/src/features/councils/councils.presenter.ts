// Council, member and meeting shapes the API returns (never raw rows).
import { COUNCIL_ROLE_LABELS, type CouncilRole, type CouncilRules } from '@antq/core'
import type { CouncilWithUnit, MemberRow } from './councils.repository'
import type { MeetingRow, VoteRow } from './meetings.repository'

export function presentMember(row: MemberRow) {
  const role = row.role as CouncilRole
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    role,
    roleLabel: COUNCIL_ROLE_LABELS[role],
  }
}

export function presentCouncil(row: CouncilWithUnit, members?: readonly MemberRow[]) {
  return {
    id: row.id,
    name: row.name,
    issuerUnit: { id: row.issuer_unit_id, name: row.issuer_unit_name, kind: row.issuer_unit_kind },
    issuerCode: row.issuer_code,
    rules: row.rules as CouncilRules,
    rowVersion: row.row_version,
    ...(members ? { members: members.map(presentMember) } : {}),
  }
}

export function presentVote(row: VoteRow) {
  return {
    nominationId: row.nomination_id,
    convened: row.convened,
    present: row.present,
    votesFor: row.votes_for,
    votesAgainst: row.votes_against,
    passed: row.passed,
    recordedBy: row.recorded_by,
  }
}

export function presentMeetingSummary(row: MeetingRow) {
  return {
    id: row.id,
    councilId: row.council_id,
    date: row.meeting_day,
    place: row.place,
    convened: row.convened,
    present: row.present,
    quorumMet: row.quorum_met,
    status: row.status as 'open' | 'closed',
    minutesNumber: row.minutes_number,
    rowVersion: row.row_version,
  }
}
