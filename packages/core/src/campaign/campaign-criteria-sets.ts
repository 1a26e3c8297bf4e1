// Which seeded criteria set a unit of each kind is evaluated against, for the evaluations
// that are not TT 124 (that table is ANTT_CRITERIA_SET_CODES) or commune complexity
// (COMMUNE_COMPLEXITY_SET). The server picks the set on the first save and the web shows the
// checklist before it, so both read this one table. A kind missing here is not evaluated.
import type { UnitKind } from '../units/unit-kinds'

/** QĐ 510 movement classification (phân loại phong trào). */
export const MOVEMENT_CRITERIA_SET_CODES: Partial<Record<UnitKind, string>> = {
  residential_area: 'qd510-kdc',
  commune: 'qd510-xa',
  agency: 'qd510-cqdncsgd',
  enterprise: 'qd510-cqdncsgd',
  school: 'qd510-cqdncsgd',
  organisation: 'qd510-cqdncsgd',
}

/** QĐ 9745 exemplary units (điển hình tiên tiến). */
export const EXEMPLARY_CRITERIA_SET_CODES: Partial<Record<UnitKind, string>> = {
  commune: 'qd9745-xa',
  agency: 'qd9745-cqdncsgd',
  enterprise: 'qd9745-cqdncsgd',
  school: 'qd9745-cqdncsgd',
}

/** HD 22 models (mô hình), one set for every kind of unit. */
export const MODEL_CRITERIA_SET_CODE = 'hd22-mo-hinh'
