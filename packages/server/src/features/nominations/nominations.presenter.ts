// The shapes the API returns for nominations (never raw rows).
import {
  availableNominationActions,
  NOMINATION_STATUS_LABELS,
  PERMISSIONS,
  can,
  type Actor,
  type NominationStatus,
} from '@antq/core'
import type { Assessment } from './nominations.assess'
import type { listNominationHistory, NominationRecord } from './nominations.repository'

export function presentSummary(
  row: NominationRecord & { proposing_unit_name?: string; nominee_unit_name?: string | null },
) {
  const status = row.status as NominationStatus
  return {
    id: row.id,
    planId: row.plan_id,
    planKey: row.plan_key,
    year: row.year,
    awardFormId: row.award_form_id,
    proposingUnit: { id: row.proposing_unit_id, name: row.proposing_unit_name ?? null },
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    nominee:
      row.subject_kind === 'collective'
        ? {
            kind: 'collective' as const,
            unitId: row.nominee_unit_id,
            name: row.nominee_unit_name ?? null,
          }
        : {
            kind: 'individual' as const,
            person: {
              fullName: row.person_name,
              position: row.person_position,
              role: row.person_role,
              birthYear: row.person_birth_year,
              unitId: row.person_unit_id,
            },
            facts: row.person_facts,
          },
    achievementSummary: row.achievement_summary,
    status,
    statusLabel: NOMINATION_STATUS_LABELS[status],
    statusReason: row.status_reason,
    eligible: row.eligible,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
    rowVersion: row.row_version,
  }
}

type HistoryRow = Awaited<ReturnType<typeof listNominationHistory>>[number]

export function presentDetail(
  actor: Actor,
  row: NominationRecord,
  names: { proposing: string; nominee: string | null; personUnit: string | null },
  assessment: Assessment,
  history: HistoryRow[],
) {
  const status = row.status as NominationStatus
  const permissions = PERMISSIONS.filter((permission) =>
    can(actor, permission, row.proposing_unit_path),
  )
  return {
    ...presentSummary({
      ...row,
      proposing_unit_name: names.proposing,
      nominee_unit_name: names.nominee,
    }),
    personUnitName: names.personUnit,
    awardForm: {
      id: assessment.form.id,
      name: assessment.form.name,
      authority: assessment.form.authority,
      decider: assessment.form.decider,
      quota: assessment.form.quota,
    },
    eligibility: assessment.eligibility,
    eligibilityAtSubmit: row.eligibility ?? null,
    dossier: assessment.dossier,
    files: assessment.files,
    attestations: assessment.attestationRows.map((item) => ({
      conditionKey: item.condition_id,
      evidenceFileId: item.evidence_file_id,
      evidenceFilename: item.filename,
      confirmedBy: item.confirmed_by,
      confirmedAt: item.confirmed_day,
      note: item.note,
      recordedBy: item.recorded_by,
    })),
    quota: assessment.quota,
    deadline: assessment.deadline,
    history: history.map((entry) => ({
      at: entry.at.toISOString(),
      actor: entry.actor_name,
      action: entry.action,
      from: entry.from_status,
      to: entry.to_status,
      toLabel: NOMINATION_STATUS_LABELS[entry.to_status as NominationStatus] ?? entry.to_status,
      reason: entry.reason,
    })),
    actions: availableNominationActions(status, permissions),
    editable:
      (status === 'draft' || status === 'returned') && permissions.includes('nominations:propose'),
  }
}
