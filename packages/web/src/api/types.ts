// Response and request shapes of the HTTP API, mirroring docs/api.md.
import type {
  AreaType,
  EnterpriseSize,
  Permission,
  Plan,
  PlanAction,
  PlanChange,
  PlanStatus,
  Role,
  SchoolLevel,
  UnitKind,
  UnitVersion,
} from '@antq/core'

export type UnitRef = { id: number; code: string; name: string; kind: UnitKind }

export type AccountView = {
  id: number
  username: string
  fullName: string
  roles: Role[]
  scopeUnit: UnitRef | null
  active: boolean
  lastLoginAt: string | null
  permissions: Permission[]
}

export type SessionResponse = { account: AccountView; csrfToken: string }

export type Items<T> = { items: T[] }
export type Page<T> = { items: T[]; total: number }

export type UnitVersionInfo = {
  version: UnitVersion
  label: string
  total: number
  byKind: Partial<Record<UnitKind, number>>
}

export type UnitSummary = {
  id: number
  version: UnitVersion
  code: string
  name: string
  kind: UnitKind
  subtype: string | null
  childCount: number
  trail: string
}

export type UnitView = UnitSummary & {
  kindLabel: string
  subtypeLabel: string | null
  parent: UnitRef | null
  managingUnit: UnitRef | null
  ancestors: UnitRef[]
  areaType: AreaType | null
  enterpriseSize: EnterpriseSize | null
  schoolLevel: SchoolLevel | null
  households: number | null
  staff: number | null
  pupils: number | null
  validFrom: string | null
  validUntil: string | null
  anttExclusion: string | null
  /** Not in docs/api.md: the server's optimistic-lock counter, echoed back on PATCH. */
  rowVersion?: number
}

export type UnitPatch = {
  name?: string
  subtype?: string | null
  areaType?: AreaType | null
  enterpriseSize?: EnterpriseSize | null
  schoolLevel?: SchoolLevel | null
  households?: number | null
  staff?: number | null
  pupils?: number | null
  rowVersion?: number
  reason: string
}

export type MergeType = 'full' | 'partial'
export type MergeLink = { unit: UnitSummary; type: MergeType }
export type UnitHistory = { mergedFrom: MergeLink[]; mergedInto: MergeLink[] }

export type ImportPhase = 'parse' | 'check' | 'write'
/** One problem in the file; `path` instead of row/column when the server reports a whole-file issue. */
export type ImportProblem = { row?: number; column?: string; path?: string; message: string }
export type ImportProgressEvent = {
  type: 'progress'
  phase: ImportPhase
  done: number
  total: number
}
export type ImportResultEvent = {
  type: 'result'
  ok: boolean
  dryRun?: boolean
  created?: number
  updated?: number
  unchanged?: number
  errors: ImportProblem[]
  /** Sent by the server when the import failed as a whole (e.g. an unreadable file). */
  error?: { code?: string; message?: string }
}
/** Not in docs/api.md: tolerated in case the server reports a failure mid-stream. */
export type ImportErrorEvent = {
  type: 'error'
  message?: string
  error?: { code?: string; message?: string }
}
export type ImportEvent = ImportProgressEvent | ImportResultEvent | ImportErrorEvent

export type AccountCreate = {
  username: string
  fullName: string
  password: string
  roles: Role[]
  scopeUnitId: number | null
}

export type AccountPatch = {
  fullName?: string
  roles?: Role[]
  scopeUnitId?: number | null
  active?: boolean
  password?: string
  reason?: string
}

export type AuditEntry = {
  id: number
  at: string
  /** Full name, or "Hệ thống". */
  actor: string
  actorUsername: string
  action: string
  /** The action in words (core `describeAuditAction`). */
  actionLabel: string
  unit: UnitRef | null
  before: unknown
  after: unknown
  reason: string | null
}

export type AuditFilter = {
  unitId?: number
  actor?: string
  from?: string
  to?: string
  page: number
  pageSize: number
}

export type PlanSummary = {
  id: number
  key: string
  version: number
  status: PlanStatus
  statusLabel: string
  title: string
  issuerUnitId: number | null
  createdBy: string
  createdAt: string
  publishedAt: string | null
  closedAt: string | null
  rowVersion: number
  actions: PlanAction[]
  /** The header the plan list shows, from the definition's metadata. */
  kind: Plan['metadata']['kind'] | null
  issuerName: string
  /** Number and symbol; `sequence` null when the copy left the number blank. */
  documentNumber: Plan['metadata']['number']
  /** yyyy-mm-dd, or yyyy-mm / yyyy when the copy leaves parts blank. */
  documentDate: string | null
}

export type PlanView = PlanSummary & {
  definition: Plan
  changes: PlanChange[]
  versions: PlanSummary[]
}

/** A problem in a plan: at line:col of a YAML file, or at a path of the definition. */
export type PlanProblem = { line?: number; col?: number; path?: string; message: string }

export type PlanWriteAction = Exclude<PlanAction, 'edit'>
