// What the demo campaign draws for one unit: its yearly report figures, its ANTT and movement
// evaluations and plan 002's commune complexity review, each concluded by the evaluation rules
// the API uses.
import { classifyCommuneComplexity, type CriteriaSet, type ReportForm } from '@antq/core'
import {
  defaultCriteriaSetKey,
  outcomeOf,
  type CoveringPlan,
} from '../features/evaluations/evaluations.rules'
import type { Random } from './random'
import type { CampaignUnit } from './seed-campaign.repository'

export type LoadedSet = { key: string; version: number; set: CriteriaSet }

/**
 * The criteria set a unit is evaluated against for this kind, or null when none applies: the
 * plan's own movement scale when it has one (plan 002's four classes, ADR 025).
 */
export function setKeyFor(
  kind: 'antt' | 'movement' | 'exemplary',
  unit: CampaignUnit,
  plan?: CoveringPlan,
) {
  try {
    return defaultCriteriaSetKey(kind, unit, plan ? [plan] : [])
  } catch {
    return null
  }
}

/** Plausible yearly figures: wholes from the register (else a few), parts 85–100% of them. */
export function figuresFor(form: ReportForm, unit: CampaignUnit, random: Random) {
  const wholes = new Set(form.checks.flatMap((check) => check.whole))
  const register: Record<string, number | null> = {
    'unit.households': unit.households,
    'unit.staff': unit.staff,
    'unit.pupils': unit.pupils,
  }
  const figures: Record<string, unknown> = {}
  for (const field of form.fields) {
    if (field.type === 'boolean') figures[field.id] = random.next() < 0.9
    else if (field.type === 'enum' && field.values.length > 0)
      figures[field.id] = random.pick(field.values).value
    else if (field.type === 'number')
      figures[field.id] = wholes.has(field.id)
        ? (register[field.id] ?? random.int(2, 8))
        : random.int(0, 12)
  }
  for (const check of form.checks) {
    const whole = check.whole.reduce((sum, id) => sum + Number(figures[id] ?? 0), 0)
    const share = (85 + random.int(0, 15)) / 100
    const each = Math.floor((whole * share) / Math.max(1, check.part.length))
    for (const id of check.part) figures[id] = each
  }
  return figures
}

/** ~90% pass every item and get a decision; the rest fail one item. */
export function anttEvaluation({ key, version, set }: LoadedSet, year: number, random: Random) {
  const answers = Object.fromEntries(set.items.map((item) => [item.id, true]))
  if (random.next() >= 0.9 && set.items.length > 0) answers[random.pick(set.items).id] = false
  const { result } = outcomeOf('antt', set, { answers, selfScore: null, reviewerScore: null })
  const decided = result === 'dat'
  return {
    ...{ kind: 'antt', criteria_set_key: key, criteria_set_version: version, result },
    answers: JSON.stringify(answers),
    decision_number: decided ? `${random.int(5, 60)}/QĐ-UBND` : null,
    decision_date: decided ? `${year}-11-${random.int(10, 28)}` : null,
  }
}

/** Self score 55–98, the reviewer's up to 5 lower; null when the set has no class for it. */
export function movementEvaluation({ key, version, set }: LoadedSet, random: Random) {
  const selfScore = random.int(55, 98)
  const reviewerScore = Math.max(55, selfScore - random.int(0, 5))
  try {
    const { result } = outcomeOf('movement', set, { answers: {}, selfScore, reviewerScore })
    return {
      ...{ kind: 'movement', criteria_set_key: key, criteria_set_version: version, result },
      ...{ self_score: selfScore, reviewer_score: reviewerScore },
    }
  } catch {
    return null
  }
}

/**
 * Plan 002 IV.6's yearly review of a xã, thị trấn: mostly "ít phức tạp", some hot spots of
 * social order, a few of security (the complexity set classifies the findings).
 */
export function complexityEvaluation({ key, version }: LoadedSet, random: Random) {
  const findings = {
    securityComplex: random.next() < 0.05,
    socialOrderComplex: random.next() < 0.2,
  }
  return {
    ...{ kind: 'complexity', criteria_set_key: key, criteria_set_version: version },
    answers: JSON.stringify({ findings }),
    result: classifyCommuneComplexity(findings).id,
  }
}

/**
 * A unit that registered to build an exemplary unit, evaluated against QĐ 9745: about half meet
 * every criterion and are recognised with a decision, the others miss one.
 */
export function exemplaryEvaluation(
  { key, version, set }: LoadedSet,
  year: number,
  random: Random,
) {
  const answers = Object.fromEntries(set.items.map((item) => [item.id, true]))
  if (random.next() >= 0.5 && set.items.length > 0) answers[random.pick(set.items).id] = false
  const { result } = outcomeOf('exemplary', set, { answers, selfScore: null, reviewerScore: null })
  const decided = result === 'dat'
  return {
    ...{ kind: 'exemplary', criteria_set_key: key, criteria_set_version: version, result },
    answers: JSON.stringify(answers),
    decision_number: decided ? `${random.int(1, 40)}/QĐ-BCĐ` : null,
    decision_date: decided ? `${year}-11-${random.int(10, 28)}` : null,
  }
}
