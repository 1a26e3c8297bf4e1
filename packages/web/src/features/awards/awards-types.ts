// Response shapes of the award endpoints (docs/api.md, nominations, councils, decisions),
// written here rather than derived from the server because those features are still moving;
// core types (eligibility, dossier, quota, deadline) are shared directly.
import type {
  CouncilRole,
  DeadlineCheck,
  DossierCompleteness,
  DossierFileRef,
  EligibilityCondition,
  NominationAction,
  NominationStatus,
  QuotaStatus,
  RevocationGround,
} from '@antq/core'

export type PersonView = {
  fullName: string | null
  position: string | null
  role: string | null
  birthYear: number | null
  unitId: number | null
}

export type PersonFactsView = {
  isLeader: boolean | null
  familyCultural: boolean | null
  taskRating: string | null
}

export type NomineeView =
  | { kind: 'collective'; unitId: number | null; name: string | null }
  | { kind: 'individual'; person: PersonView; facts: PersonFactsView | null }

export type NominationSummary = {
  id: number
  planId: number
  planKey: string
  year: number
  awardFormId: string
  proposingUnit: { id: number; name: string | null }
  subjectKind: 'collective' | 'individual'
  subjectId: string
  nominee: NomineeView
  achievementSummary: string
  status: NominationStatus
  statusLabel: string
  statusReason: string | null
  eligible: boolean | null
  submittedAt: string | null
  updatedAt: string
  rowVersion: number
}

export type NominationList = {
  total: number
  page: number
  pageSize: number
  items: NominationSummary[]
}

export type AttestationView = {
  conditionKey: string
  evidenceFileId: number | null
  evidenceFilename: string | null
  confirmedBy: string
  confirmedAt: string
  note: string
  recordedBy: string
}

export type HistoryEntry = {
  at: string
  actor: string
  action: string
  from: string | null
  to: string
  toLabel: string
  reason: string | null
}

export type NominationDetail = NominationSummary & {
  personUnitName: string | null
  awardForm: { id: string; name: string; authority: string; decider: string }
  eligibility: { eligible: boolean; conditions: EligibilityCondition[]; summary: string }
  dossier: DossierCompleteness
  files: DossierFileRef[]
  attestations: AttestationView[]
  quota: QuotaStatus
  deadline: DeadlineCheck
  history: HistoryEntry[]
  actions: NominationAction[]
  editable: boolean
}

export type QuotaAllocation = {
  id: number
  fromUnit: { id: number; name: string } | null
  toUnit: { id: number; name: string }
  count: number
  note: string
  allocatedBy: string
  allocatedAt: string
  rowVersion: number
  inUse: QuotaStatus
}

export type FormQuota = {
  awardFormId: string
  name: string
  quota: { type: 'fixed' | 'allocated' | 'discretion'; count?: number; by?: string }
  overall: QuotaStatus | null
  allocations: QuotaAllocation[]
}

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
