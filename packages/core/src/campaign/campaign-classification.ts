// Classifications: the QĐ 510 movement class from the 100-point score sheet (the unit scores
// itself, the level above scores it and decides: QĐ 510 Art. 11), the rating of a model
// (HD 22: levels NOT FOUND, assumed), and the yearly complexity type of a commune (plan 002
// IV.6). Class thresholds are the criteria set's editable `minScore`s, read by classifyScore.
import { classifyScore, findCriteriaSet } from '../criteria/criteria-catalog'
import type { CriteriaSet } from '../criteria/criteria-schema'

export type ClassResult = { id: string; label: string } | null
export type ScoreIssue = { field: 'selfScore' | 'reviewerScore'; message: string }

export type MovementClassification =
  | {
      ok: true
      /** The class the unit's own score gives (its proposal). */
      proposed: ClassResult
      /** The class the reviewer's score gives: the decision; null until reviewed. */
      decided: ClassResult
      /** The reviewer's class differs from the proposal. */
      changed: boolean
    }
  | { ok: false; issues: ScoreIssue[] }

const SCORE_LABELS = { selfScore: 'Điểm tự chấm', reviewerScore: 'Điểm cấp trên chấm' } as const

/**
 * @example classifyMovement(qd510, { selfScore: 92, reviewerScore: 88 }) // { ok: true, proposed: Xuất sắc, decided: Khá, changed: true }
 */
export function classifyMovement(
  set: CriteriaSet,
  scores: { selfScore: number | null; reviewerScore: number | null },
): MovementClassification {
  const max = set.maxScore ?? 100
  const issues: ScoreIssue[] = []
  for (const field of ['selfScore', 'reviewerScore'] as const) {
    const score = scores[field]
    if (score === null) continue
    if (!Number.isFinite(score) || score < 0 || score > max)
      issues.push({ field, message: `${SCORE_LABELS[field]} phải từ 0 đến ${max}` })
    else if (classOf(set, score) === null)
      issues.push({
        field,
        message: `Bộ tiêu chí "${set.title}" chưa có ngưỡng điểm cho mức ${score} điểm`,
      })
  }
  if (issues.length > 0) return { ok: false, issues }
  const proposed = scores.selfScore === null ? null : classOf(set, scores.selfScore)
  const decided = scores.reviewerScore === null ? null : classOf(set, scores.reviewerScore)
  return {
    ok: true,
    proposed,
    decided,
    changed: decided !== null && proposed !== null && decided.id !== proposed.id,
  }
}

function classOf(set: CriteriaSet, score: number): ClassResult {
  const id = classifyScore(set, score)
  const entry = set.classes.find((each) => each.id === id)
  return entry ? { id: entry.id, label: entry.label } : null
}

/**
 * Minimum share of a model's own targets completed for each rating, used while the HD 22 set
 * has no thresholds. ASSUMPTION (levels NOT FOUND): "tốt" at 90% follows plan 000 §V.2 (a model
 * proposed for an award completed ≥ 90% of its targets); the others are placeholders.
 */
export const DEFAULT_MODEL_RATING_MIN = { tot: 90, kha: 70, trung_binh: 50, yeu: 0 } as const

export type ModelRating = {
  rating: ClassResult
  /** Counts towards `models.effective` (any rating but "yếu"). */
  effective: boolean
  /** Plan 000 IV.5: weak models are dropped. */
  drop: boolean
  /** The thresholds used are assumptions, not the set's own. */
  assumed: boolean
}

/** Rate a model from the share (0–1) of its targets completed. */
export function rateModel(set: CriteriaSet, targetsCompletedShare: number): ModelRating {
  const score = Math.max(0, Math.min(1, targetsCompletedShare)) * 100
  const ownThresholds = set.classes.some((entry) => entry.minScore !== null)
  const id = ownThresholds
    ? classifyScore(set, score)
    : Object.entries(DEFAULT_MODEL_RATING_MIN).find(([, min]) => score >= min)?.[0]
  const entry = set.classes.find((each) => each.id === id)
  const rating = entry ? { id: entry.id, label: entry.label } : null
  const weak = rating === null || rating.id === 'yeu'
  return { rating, effective: !weak, drop: weak, assumed: !ownThresholds }
}

export const COMMUNE_COMPLEXITY_SET = 'phan-loai-xa-phuc-tap'
export type CommuneComplexity = 'trong_diem_an_ninh' | 'trong_diem_trat_tu' | 'it_phuc_tap'

/**
 * Plan 002 IV.6: each year a commune is found complex on national security, complex on social
 * order, or neither. The review records the two findings; security complexity takes precedence
 * (it is the graver type, and the one plan 002 II.10 requires to be gone by 2025).
 */
export function classifyCommuneComplexity(findings: {
  securityComplex: boolean
  socialOrderComplex: boolean
}): { id: CommuneComplexity; label: string } {
  const id: CommuneComplexity = findings.securityComplex
    ? 'trong_diem_an_ninh'
    : findings.socialOrderComplex
      ? 'trong_diem_trat_tu'
      : 'it_phuc_tap'
  const label = findCriteriaSet(COMMUNE_COMPLEXITY_SET)?.classes.find(
    (entry) => entry.id === id,
  )?.label
  return { id, label: label ?? id }
}

/** A hot spot (trọng điểm) of either kind: plan 002 II.7 wants a model in 100% of them. */
export function isComplexCommune(type: CommuneComplexity): boolean {
  return type !== 'it_phuc_tap'
}
