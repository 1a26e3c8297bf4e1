import type { EvaluationRow } from './evaluations.repository'
import type { Outcome } from './evaluations.rules'

export type EvaluationView = ReturnType<typeof presentEvaluation>

export function presentEvaluation(row: EvaluationRow, outcome: Outcome | null) {
  return {
    id: row.id,
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name, kind: row.unit_kind },
    kind: row.kind,
    year: row.evaluation_year,
    criteriaSet: row.criteria_set_key
      ? { key: row.criteria_set_key, version: row.criteria_set_version }
      : null,
    answers: row.answers,
    selfScore: row.self_score === null ? null : Number(row.self_score),
    reviewerScore: row.reviewer_score === null ? null : Number(row.reviewer_score),
    result: row.result,
    resultLabel: outcome?.resultLabel ?? null,
    message: outcome?.message ?? null,
    failed: outcome?.failed ?? [],
    unanswered: outcome?.unanswered ?? [],
    proposed: outcome?.proposed ?? null,
    decision: row.decision_number
      ? { number: row.decision_number, date: row.decision_day, decidedBy: row.decided_by }
      : null,
    /** Recognised: passed and decided by the managing level. */
    recognised: row.decision_number !== null && row.result !== null && row.result !== 'chua_dat',
    evidence: row.evidence,
    updatedAt: row.updated_at.toISOString(),
    rowVersion: row.row_version,
  }
}
