// Response shapes of the council, meeting and decision endpoints (docs/api.md, "Councils,
// decisions, recognitions and award documents").
import type { CouncilRole, NominationStatus, RevocationGround } from '@antq/core'

export type CouncilMember = {
  id: number
  name: string
  position: string
  role: CouncilRole
  roleLabel: string
}

export type CouncilView = {
  id: number
  name: string
  issuerUnit: { id: number; name: string; kind: string }
  issuerCode: string
  rules: { source: string; assumption: boolean }
  rowVersion: number
  members?: CouncilMember[]
}

export type VoteView = {
  nominationId: number
  convened: number
  present: number
  votesFor: number
  votesAgainst: number
  passed: boolean
  recordedBy: string
}

export type AgendaItem = {
  nominationId: number
  planKey: string
  year: number
  awardFormId: string
  subjectKind: 'collective' | 'individual'
  name: string
  unitOrPosition: string
  proposingUnit: string
  status: NominationStatus
  position?: number
}

export type MeetingSummary = {
  id: number
  councilId: number
  date: string
  place: string
  convened: number
  present: number
  quorumMet: boolean
  status: 'open' | 'closed'
  minutesNumber: string | null
  rowVersion: number
}

export type MeetingView = MeetingSummary & {
  council: CouncilView
  quorum: { met: boolean; message: string }
  attendance: {
    memberId: number
    name: string
    position: string
    role: CouncilRole
    present: boolean
  }[]
  agenda: AgendaItem[]
  votes: VoteView[]
}

export type DecisionItem = {
  position: number
  nominationId: number
  status: 'decided' | 'revoked'
  subjectKind: 'collective' | 'individual'
  name: string
  unitOrPosition: string
}

export type DecisionView = {
  id: number
  number: string | null
  date: string
  issuerUnit: { id: number; name: string }
  issuerCode: string
  planKey: string
  planId: number
  year: number
  awardForm: { id: string; name: string }
  signer: { name: string; title: string }
  status: string
  statusLabel: string
  rowVersion: number
  items?: DecisionItem[]
  revocations?: {
    ground: RevocationGround
    groundLabel: string
    reason: string
    itemId: number | null
    by: string
    at: string
  }[]
}
