// Response shapes of the award endpoints (docs/api.md, nominations, councils, decisions),
// written here rather than derived from the server because those features are still moving;
// core types (eligibility, dossier, quota, deadline) are shared directly.
import type {
  DeadlineCheck,
  DossierCompleteness,
  DossierFileRef,
  EligibilityCondition,
  NominationAction,
  NominationStatus,
  QuotaStatus,
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

export type * from './council-types'
