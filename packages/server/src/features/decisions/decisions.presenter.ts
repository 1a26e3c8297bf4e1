import {
  DECISION_STATUS_LABELS,
  REVOCATION_GROUND_INFO,
  type DecisionStatus,
  type RevocationGround,
} from '@antq/core'
import type { DecisionItemRow, DecisionWithUnit } from './decisions.repository'
import { describeNominee, type NominationView } from './nominations-read.repository'

type RevocationRow = {
  legal_ground: string
  reason: string
  decision_item_id: number | null
  revoked_by: string
  revoked_at: Date
}

export function presentDecision(
  row: DecisionWithUnit,
  items?: readonly DecisionItemRow[],
  views: readonly NominationView[] = [],
  revocations: readonly RevocationRow[] = [],
) {
  const status = row.status as DecisionStatus
  return {
    id: row.id,
    number: row.number,
    date: row.decision_day,
    issuerUnit: { id: row.issuer_unit_id, name: row.issuer_unit_name },
    issuerCode: row.issuer_code,
    planKey: row.plan_key,
    planId: row.plan_id,
    year: row.year,
    awardForm: { id: row.award_form_id, name: row.award_form_name },
    signer: { name: row.signer_name, title: row.signer_title },
    status,
    statusLabel: DECISION_STATUS_LABELS[status],
    rowVersion: row.row_version,
    ...(items
      ? {
          items: items.map((item) => {
            const view = views.find((candidate) => candidate.id === item.nomination_id)
            return {
              position: item.position,
              nominationId: item.nomination_id,
              status: item.status as 'decided' | 'revoked',
              subjectKind: view?.subject_kind ?? 'collective',
              ...(view ? describeNominee(view) : { name: '', unitOrPosition: '' }),
            }
          }),
          revocations: revocations.map((revocation) => ({
            ground: revocation.legal_ground as RevocationGround,
            groundLabel:
              REVOCATION_GROUND_INFO[revocation.legal_ground as RevocationGround]?.label ??
              revocation.legal_ground,
            reason: revocation.reason,
            itemId: revocation.decision_item_id,
            by: revocation.revoked_by,
            at: revocation.revoked_at,
          })),
        }
      : {}),
  }
}
