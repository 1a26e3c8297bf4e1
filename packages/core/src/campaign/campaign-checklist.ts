// Checklists: a criteria set answered item by item (met / not met). The ANTT standard of
// Thông tư 124 is pass/fail ("đạt đủ": every criterion met, Art. 4–7) and its result names every
// failed criterion; exemplary-unit criteria (QĐ 9745) are tallied "đạt 28/34". The set's pass
// rule decides: `all`, or `count_at_least` n. An unanswered item leaves the result open only
// when its answer could still change it.
import { AppError } from '../errors/app-error'
import type { CriteriaItem, CriteriaSet } from '../criteria/criteria-schema'
import { findCriteriaSet } from '../criteria/criteria-catalog'
import type { AnttUnitKind } from './campaign-evaluation-years'

export type ChecklistAnswers = Readonly<Record<string, boolean | null | undefined>>
export type ChecklistItem = Pick<CriteriaItem, 'id' | 'text'>

export type ChecklistTally = {
  met: ChecklistItem[]
  failed: ChecklistItem[]
  unanswered: ChecklistItem[]
  total: number
  /** null while unanswered items could still change the outcome. */
  passed: boolean | null
  /** "Đạt 28/34 tiêu chí". */
  summary: string
}

/** TT 124 sets by unit kind (seeded codes; a province's extended set may replace them). */
export const ANTT_CRITERIA_SET_CODES = {
  residential_area: 'tt124-kdc',
  commune: 'tt124-xa',
  agency: 'tt124-cqdn',
  enterprise: 'tt124-cqdn',
  organisation: 'tt124-cqdn',
  school: 'tt124-csgd',
} as const satisfies Record<AnttUnitKind, string>

export function findAnttCriteriaSet(unitKind: AnttUnitKind): CriteriaSet | undefined {
  return findCriteriaSet(ANTT_CRITERIA_SET_CODES[unitKind])
}

/**
 * @example tallyChecklist(qd9745Commune, answers).summary // 'Đạt 28/34 tiêu chí'
 */
export function tallyChecklist(set: CriteriaSet, answers: ChecklistAnswers): ChecklistTally {
  const pick = (item: CriteriaItem): ChecklistItem => ({ id: item.id, text: item.text })
  const met = set.items.filter((item) => answers[item.id] === true).map(pick)
  const failed = set.items.filter((item) => answers[item.id] === false).map(pick)
  const unanswered = set.items.filter((item) => typeof answers[item.id] !== 'boolean').map(pick)
  const total = set.items.length
  const needed = requiredCount(set)
  const passed =
    met.length >= needed ? true : met.length + unanswered.length < needed ? false : null
  return { met, failed, unanswered, total, passed, summary: `Đạt ${met.length}/${total} tiêu chí` }
}

function requiredCount(set: CriteriaSet): number {
  switch (set.passRule.type) {
    case 'all':
      return set.items.length
    case 'count_at_least':
      return set.passRule.count ?? set.items.length
    case 'min_score':
    case 'classes':
      throw new AppError(
        'VALIDATION',
        `Bộ tiêu chí "${set.title}" không đánh giá theo từng tiêu chí đạt/không đạt`,
      )
  }
}

export type AnttResult = {
  /** TT 124 Art. 8: đạt / chưa đạt; null while the evaluation is incomplete. */
  result: 'dat' | 'chua_dat' | null
  failed: ChecklistItem[]
  unanswered: ChecklistItem[]
  message: string
}

/**
 * Pass or fail the ANTT standard from a unit kind's TT 124 checklist.
 * @example evaluateAnttStandard(tt124Kdc, { 'KDC-1': true, 'KDC-3a': false, … }).message // 'Chưa đạt tiêu chuẩn …: không đạt tiêu chí KDC-3a (…)'
 */
export function evaluateAnttStandard(set: CriteriaSet, answers: ChecklistAnswers): AnttResult {
  const tally = tallyChecklist(set, answers)
  const { failed, unanswered } = tally
  const list = (items: ChecklistItem[]): string =>
    items.map((item) => `${item.id} (${item.text})`).join('; ')
  if (tally.passed === true)
    return {
      result: 'dat',
      failed,
      unanswered,
      message: 'Đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
    }
  if (tally.passed === false)
    return {
      result: 'chua_dat',
      failed,
      unanswered,
      message: `Chưa đạt tiêu chuẩn "An toàn về an ninh, trật tự": không đạt tiêu chí ${list(failed)}`,
    }
  return {
    result: null,
    failed,
    unanswered,
    message: `Chưa đánh giá đủ các tiêu chí: ${unanswered.map((item) => item.id).join(', ')}`,
  }
}

export type ExemplaryScore = {
  met: number
  total: number
  passed: boolean | null
  summary: string
  failed: ChecklistItem[]
  unanswered: ChecklistItem[]
}

/** QĐ 9745 exemplary criteria: how many are met ("đạt 28/34") and whether the set's rule passes. */
export function scoreExemplaryCriteria(
  set: CriteriaSet,
  answers: ChecklistAnswers,
): ExemplaryScore {
  const tally = tallyChecklist(set, answers)
  return {
    met: tally.met.length,
    total: tally.total,
    passed: tally.passed,
    summary: tally.summary,
    failed: tally.failed,
    unanswered: tally.unanswered,
  }
}
