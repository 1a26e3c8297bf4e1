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

/** The formula field a plan's own movement classification declares (plan 002 IV.7). */
export const MOVEMENT_CLASS_FIELD = 'movement.class'

type ScaleParts = {
  classifications: readonly { field: string; unitKinds: readonly string[] }[]
  criteriaSets: readonly { code: string; use: string }[]
}

/**
 * The set a plan that classifies the movement on its own scale (a classification of
 * `movement.class` and a criteria set for `movement`: plan 002's "4 loại (tốt, khá, trung bình,
 * yếu)") classifies a unit of this kind on; null when the plan keeps QĐ 510's (ADR 025).
 * @example ownMovementSetOf(plan002, 'commune') // 'phan-loai-phong-trao-4-loai'
 */
export function ownMovementSetOf(plan: ScaleParts, unitKind?: string): string | null {
  const own = plan.classifications.find(
    (each) =>
      each.field === MOVEMENT_CLASS_FIELD &&
      (unitKind === undefined || each.unitKinds.includes(unitKind)),
  )
  if (!own) return null
  return plan.criteriaSets.find((each) => each.use === 'movement')?.code ?? null
}

/** The own scale of the first plan covering a unit that has one (plans of one area agree). */
export function ownMovementSetAmong(plans: readonly ScaleParts[], unitKind: string): string | null {
  for (const plan of plans) {
    const code = ownMovementSetOf(plan, unitKind)
    if (code) return code
  }
  return null
}
