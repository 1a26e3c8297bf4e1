import {
  RECOGNITION_KIND_LABELS,
  RECOGNITION_STATUS_LABELS,
  type RecognitionKind,
  type RecognitionStatus,
} from '@antq/core'
import type { RecognitionView } from './recognitions.repository'

type HistoryRow = {
  at: Date
  actor_name: string
  action: string
  from_status: string | null
  to_status: string
  reason: string | null
}

export function presentRecognition(row: RecognitionView, history?: readonly HistoryRow[]) {
  const kind = row.kind as RecognitionKind
  const status = row.status as RecognitionStatus
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name, kind: row.unit_kind, subtype: row.unit_subtype },
    kind,
    kindLabel: RECOGNITION_KIND_LABELS[kind],
    year: row.year,
    planKey: row.plan_key,
    route: {
      id: row.route_id,
      evaluatorLevel: row.evaluator_level,
      recognizerLevel: row.recognizer_level,
    },
    recognizer: { id: row.recognizer_unit_id, name: row.recognizer_unit_name },
    status,
    statusLabel: RECOGNITION_STATUS_LABELS[status],
    statusReason: row.status_reason,
    candidate: row.candidate,
    evaluation: row.evaluation,
    decision: row.decision_number ? { number: row.decision_number, date: row.decision_day } : null,
    rowVersion: row.row_version,
    ...(history
      ? {
          history: history.map((item) => ({
            at: item.at,
            actor: item.actor_name,
            action: item.action,
            from: item.from_status,
            to: item.to_status,
            reason: item.reason,
          })),
        }
      : {}),
  }
}
