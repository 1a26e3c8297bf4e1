// What each kind of evaluation concludes from its stored answers and scores, with the rules
// from core: TT 124 pass/fail naming failed criteria, QĐ 510 class from the set's editable
// thresholds, QĐ 9745 "đạt 28/34", HD 22 model rating, plan 002 commune complexity.
import {
  ANTT_CRITERIA_SET_CODES,
  AppError,
  classifyCommuneComplexity,
  classifyMovement,
  COMMUNE_COMPLEXITY_SET,
  evaluateAnttStandard,
  EXEMPLARY_CRITERIA_SET_CODES,
  findAnttExclusion,
  isAnttUnitKind,
  MODEL_CRITERIA_SET_CODE,
  MOVEMENT_CRITERIA_SET_CODES,
  ownMovementSetAmong,
  rateModel,
  scoreExemplaryCriteria,
  type ChecklistAnswers,
  type ChecklistItem,
  type CriteriaSet,
  type UnitKind,
} from '@antq/core'
import type { EvaluationKind } from './evaluations.schemas'
import { toUnitProfile } from '../units/unit-profile'

export type EvaluatedUnit = {
  kind: string
  subtype: string | null
  school_level: string | null
  enterprise_size: string | null
}

/** What `ownMovementSetAmong` reads of a plan covering the unit. */
export type CoveringPlan = Parameters<typeof ownMovementSetAmong>[0][number]

/**
 * The criteria set a unit of this kind is evaluated against; VALIDATION when none applies. A
 * plan over the unit that classifies the movement on its own scale (plan 002's four classes)
 * has it classified on that scale instead of QĐ 510's (ADR 025).
 */
export function defaultCriteriaSetKey(
  kind: EvaluationKind,
  unit: EvaluatedUnit,
  plans: readonly CoveringPlan[] = [],
): string {
  const unitKind = unit.kind as UnitKind
  const notApplicable = (why: string) => new AppError('VALIDATION', why)
  switch (kind) {
    case 'antt': {
      const excluded = findAnttExclusion(toUnitProfile(unit))
      if (excluded) throw notApplicable(excluded)
      if (!isAnttUnitKind(unitKind))
        throw notApplicable('Tiêu chuẩn "An toàn về ANTT" không áp dụng cho cấp này')
      return ANTT_CRITERIA_SET_CODES[unitKind]
    }
    case 'movement':
      return (
        ownMovementSetAmong(plans, unitKind) ??
        MOVEMENT_CRITERIA_SET_CODES[unitKind] ??
        fail(notApplicable('Cấp này không phân loại phong trào'))
      )
    case 'exemplary':
      return (
        EXEMPLARY_CRITERIA_SET_CODES[unitKind] ?? fail(notApplicable('Cấp này không xét điển hình'))
      )
    case 'model':
      return MODEL_CRITERIA_SET_CODE
    case 'complexity':
      if (unitKind !== 'commune')
        throw notApplicable('Chỉ phân loại mức độ phức tạp đối với xã, phường, thị trấn')
      return COMMUNE_COMPLEXITY_SET
  }
}

/**
 * Refuses an ANTT, movement or exemplary evaluation of a unit TT 124 leaves out (armed forces,
 * small and micro enterprises, primary schools, kindergartens, crèches…): QĐ 510 classifies and
 * QĐ 9745 recognises the same bodies TT 124 covers. VALIDATION, the reason, path `unit`, as
 * registrations and reports refuse an excluded unit.
 */
export function assertSubjectOfMovement(kind: EvaluationKind, unit: EvaluatedUnit) {
  if (kind !== 'antt' && kind !== 'movement' && kind !== 'exemplary') return
  const excluded = findAnttExclusion(toUnitProfile(unit))
  if (excluded) throw new AppError('VALIDATION', excluded, [{ path: 'unit', message: excluded }])
}

function fail(error: AppError): never {
  throw error
}

export type StoredEvaluation = {
  answers: Record<string, unknown>
  selfScore: number | null
  reviewerScore: number | null
}

export type Outcome = {
  result: string | null
  resultLabel: string | null
  message: string
  failed?: ChecklistItem[]
  unanswered?: ChecklistItem[]
  summary?: string
  proposed?: { id: string; label: string } | null
}

/** The outcome of an evaluation; VALIDATION with details when the scores do not fit the set. */
export function outcomeOf(
  kind: EvaluationKind,
  set: CriteriaSet,
  stored: StoredEvaluation,
): Outcome {
  switch (kind) {
    case 'antt': {
      const antt = evaluateAnttStandard(set, stored.answers as ChecklistAnswers)
      const label = antt.result === 'dat' ? 'Đạt' : antt.result === 'chua_dat' ? 'Chưa đạt' : null
      const { failed, unanswered, message } = antt
      return { result: antt.result, resultLabel: label, message, failed, unanswered }
    }
    case 'exemplary': {
      const score = scoreExemplaryCriteria(set, stored.answers as ChecklistAnswers)
      const result = score.passed === null ? null : score.passed ? 'dat' : 'chua_dat'
      const { failed, unanswered, summary } = score
      return { result, resultLabel: summary, message: summary, failed, unanswered, summary }
    }
    case 'movement': {
      const classes = classifyMovement(set, stored)
      if (!classes.ok)
        throw new AppError(
          'VALIDATION',
          classes.issues.map((issue) => issue.message).join('; '),
          classes.issues.map((issue) => ({ path: issue.field, message: issue.message })),
        )
      const decided = classes.decided
      const message = decided
        ? `Xếp loại ${decided.label}${classes.changed ? ' (khác mức tự đánh giá)' : ''}`
        : 'Chưa có điểm cấp trên chấm'
      return {
        result: decided?.id ?? null,
        resultLabel: decided?.label ?? null,
        message,
        proposed: classes.proposed,
      }
    }
    case 'model': {
      const share = stored.answers.targetsCompletedShare
      if (typeof share !== 'number')
        return { result: null, resultLabel: null, message: 'Chưa đánh giá mô hình' }
      const rated = rateModel(set, share)
      const label = rated.rating?.label ?? null
      return { result: rated.rating?.id ?? null, resultLabel: label, message: label ?? '' }
    }
    case 'complexity': {
      const findings = stored.answers.findings as
        { securityComplex: boolean; socialOrderComplex: boolean } | undefined
      if (!findings) return { result: null, resultLabel: null, message: 'Chưa phân loại' }
      const type = classifyCommuneComplexity(findings)
      return { result: type.id, resultLabel: type.label, message: type.label }
    }
  }
}
