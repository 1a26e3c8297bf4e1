// What the inspection endpoints return (server features/inspections presenter).
export type InspectionSummary = {
  id: number
  planId: number
  planInspectionId: string | null
  unitVersion: 'legacy' | '2025'
  year: number
  title: string
  reference: string | null
  periodFrom: string
  periodTo: string
  leadUnit: { id: number; name: string | null } | null
  leadName: string
  status: 'planned' | 'in_progress' | 'done'
  rowVersion: number
  unitCount?: number
}

export type InspectionMember = { name: string; position: string; unitName: string; role: string }

export type InspectedUnit = {
  unitId: number
  name: string
  kind: string
  visitedOn: string | null
  place: string | null
  representativeName: string | null
  representativePosition: string | null
  conclusion: string | null
  findings: { met: number; notMet: number; noted: number }
}

export type FollowUpAction = {
  id: number
  unitId: number | null
  what: string
  ownerUnit: { id: number; name: string }
  dueOn: string
  status: 'open' | 'done'
  assignmentId: number | null
}

export type InspectionView = InspectionSummary & {
  canManage: boolean
  members: InspectionMember[]
  units: InspectedUnit[]
  actions: FollowUpAction[]
  history: { unitId: number | null; actor: string; action: string; at: string }[]
}

export type ChecklistEntry = {
  key: string
  origin: 'target' | 'criteria' | 'free'
  source: string | null
  label: string
  requirement: string | null
  result: 'met' | 'not_met' | 'noted' | null
  note: string
}
