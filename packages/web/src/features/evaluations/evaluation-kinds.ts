// Which evaluations apply to a unit and against which criteria set. Mirrors the server's
// defaultCriteriaSetKey (evaluations.rules.ts) so a page can show the checklist before the
// first save; an evaluation already stored names its own set and version.
import {
  ANTT_CRITERIA_SET_CODES,
  COMMUNE_COMPLEXITY_SET,
  isAnttUnitKind,
  type UnitKind,
} from '@antq/core'
import type { EvaluationKind } from './evaluations-api'

const MOVEMENT_SETS: Partial<Record<UnitKind, string>> = {
  residential_area: 'qd510-kdc',
  commune: 'qd510-xa',
  agency: 'qd510-cqdncsgd',
  enterprise: 'qd510-cqdncsgd',
  school: 'qd510-cqdncsgd',
  organisation: 'qd510-cqdncsgd',
}
const EXEMPLARY_SETS: Partial<Record<UnitKind, string>> = {
  commune: 'qd9745-xa',
  agency: 'qd9745-cqdncsgd',
  enterprise: 'qd9745-cqdncsgd',
  school: 'qd9745-cqdncsgd',
}

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
      return MOVEMENT_SETS[unit.kind] ?? null
    case 'exemplary':
      return EXEMPLARY_SETS[unit.kind] ?? null
    case 'model':
      return 'hd22-mo-hinh'
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
