// Which evaluations apply to a unit and against which criteria set, from core's tables as the
// server's defaultCriteriaSetKey (evaluations.rules.ts) reads them, so a page can show the
// checklist before the first save; an evaluation already stored names its own set and version.
import {
  ANTT_CRITERIA_SET_CODES,
  COMMUNE_COMPLEXITY_SET,
  EXEMPLARY_CRITERIA_SET_CODES,
  isAnttUnitKind,
  MODEL_CRITERIA_SET_CODE,
  MOVEMENT_CRITERIA_SET_CODES,
  type UnitKind,
} from '@antq/core'
import type { EvaluationKind } from './evaluations-api'

/** The set a unit of this kind is evaluated against, or null when the evaluation does not apply. */
export function criteriaSetKeyFor(
  kind: EvaluationKind,
  unit: { kind: UnitKind; anttExclusion: string | null },
): string | null {
  switch (kind) {
    case 'antt':
      return isAnttUnitKind(unit.kind) && !unit.anttExclusion
        ? ANTT_CRITERIA_SET_CODES[unit.kind]
        : null
    case 'movement':
      return MOVEMENT_CRITERIA_SET_CODES[unit.kind] ?? null
    case 'exemplary':
      return EXEMPLARY_CRITERIA_SET_CODES[unit.kind] ?? null
    case 'model':
      return MODEL_CRITERIA_SET_CODE
    case 'complexity':
      return unit.kind === 'commune' ? COMMUNE_COMPLEXITY_SET : null
  }
}

export const EVALUATION_KINDS: EvaluationKind[] = [
  'antt',
  'movement',
  'exemplary',
  'model',
  'complexity',
]
