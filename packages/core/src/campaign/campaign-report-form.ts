// The report form (biểu mẫu báo cáo) of a plan for one unit kind, derived from the plan: every
// figure the measures of the targets covering that kind read (and their scope filters), every
// field the plan declares as reported by that kind, a baseline-year figure for each "change
// against year N" measure, and the checks that tie them (a part never exceeds its whole: what
// a share or ratio target divides — plan-formulas caps those thresholds at 100% — and the
// fixed pairs of BASE_PARTS). Plan classifications (complexity type, movement class) are
// decided by reviewers, not reported. Every number on a form is a count (whole, ≥ 0).
import { typedFiguresOf } from '../models/model-facts'
import type { Plan } from '../plans/plan-schema'
import type { Measure } from '../plans/plan-targets'
import type { UnitKind } from '../units/unit-kinds'
import { typedFieldOf } from '../activities/activity-log'
import {
  BASE_PARTS,
  BASELINE_PREFIX,
  classLabel,
  fieldsOfFormula,
  REPORTED_BASE_FIELDS,
  summedFields,
  SYSTEM_FIELDS,
} from './campaign-report-fields'

export type ReportFieldType = 'number' | 'boolean' | 'string' | 'enum'
export type ReportField = {
  id: string
  label: string
  type: ReportFieldType
  values: { value: string; label: string }[]
  /** register: prefilled from the unit register; baseline: the figure of `baselineYear`. */
  origin: 'register' | 'measure' | 'declared' | 'baseline'
  baselineYear: number | null
  /** Ids of the targets whose measure or scope reads the field. */
  targets: string[]
  /** The plan clause that declares the field, when the plan declares it. */
  source: string | null
}
/** Sum of `part` ≤ sum of `whole`. */
export type ReportCheck = { part: string[]; whole: string[]; targets: string[] }
export type ReportForm = {
  planId: string
  unitKind: UnitKind
  fields: ReportField[]
  checks: ReportCheck[]
}

type PlanParts = Pick<Plan, 'id' | 'fields' | 'classifications' | 'targets'>

/**
 * @example buildReportForm(plan003, 'district').fields.map((f) => f.id) // ['crime.social_order_cases', 'baseline.crime.social_order_cases', …]
 */
export function buildReportForm(plan: PlanParts, unitKind: UnitKind): ReportForm {
  const declared = new Map(plan.fields.map((field) => [field.id, field]))
  const classified = new Set(plan.classifications.map((classification) => classification.field))
  const fields = new Map<string, ReportField>()
  const checks = new Map<string, ReportCheck>()

  const isReported = (name: string): boolean => {
    if (SYSTEM_FIELDS.includes(name) || classified.has(name)) return false
    const declaration = declared.get(name)
    if (declaration)
      return declaration.reportedBy.length === 0 || declaration.reportedBy.includes(unitKind)
    return name in REPORTED_BASE_FIELDS
  }
  const add = (name: string, targetId: string | null): void => {
    const field = fields.get(name) ?? describeField(name, plan)
    if (targetId !== null && !field.targets.includes(targetId)) field.targets.push(targetId)
    fields.set(name, field)
  }
  const addCheck = (part: string[], whole: string[], targetId: string | null): void => {
    if (![...part, ...whole].every((name) => fields.has(name))) return
    const key = `${part.join('+')}<=${whole.join('+')}`
    const check = checks.get(key) ?? { part, whole, targets: [] }
    if (targetId !== null && !check.targets.includes(targetId)) check.targets.push(targetId)
    checks.set(key, check)
  }

  for (const target of plan.targets.filter((each) => each.scope.unitKinds.includes(unitKind))) {
    const sources = [...measureFormulas(target.measure), target.scope.where ?? '']
    // A target reading a record (the activity log, the model register) still asks for the typed
    // figures it stands for, so the reviewer sees both and a disagreement (issue 12 item 6).
    const read = sources.flatMap(fieldsOfFormula)
    for (const name of read.map(typedFieldOf).filter(isReported)) add(name, target.id)
    for (const name of read.flatMap(typedFiguresOf)) if (isReported(name)) add(name, target.id)
    const { measure } = target
    if (measure.type === 'change_vs_baseline')
      for (const name of fieldsOfFormula(measure.value).filter(isReported)) {
        const base = fields.get(name)
        fields.set(`${BASELINE_PREFIX}${name}`, {
          ...describeField(name, plan),
          id: `${BASELINE_PREFIX}${name}`,
          label: `${base?.label ?? name} năm ${measure.baselineYear} (năm gốc so sánh)`,
          origin: 'baseline',
          baselineYear: measure.baselineYear,
          targets: [target.id],
        })
      }
    const pair = partAndWhole(measure)
    if (pair && coveredByBaseParts(pair.part, pair.whole))
      for (const name of pair.part) addCheck([name], [BASE_PARTS[name] ?? name], target.id)
    else if (pair) addCheck(pair.part, pair.whole, target.id)
  }
  // A part without its whole cannot be checked: ask for the whole as well.
  for (const [part, whole] of Object.entries(BASE_PARTS))
    if (fields.has(part) && isReported(whole)) add(whole, null)
  for (const declaration of plan.fields)
    if (declaration.reportedBy.includes(unitKind) && !classified.has(declaration.id))
      add(declaration.id, null)
  for (const [part, whole] of Object.entries(BASE_PARTS)) addCheck([part], [whole], null)

  return { planId: plan.id, unitKind, fields: [...fields.values()], checks: [...checks.values()] }
}

function measureFormulas(measure: Measure): string[] {
  switch (measure.type) {
    case 'unit_share':
    case 'count':
      return [measure.condition]
    case 'population_share':
      return [measure.reached, measure.total]
    case 'ratio':
      return [measure.numerator, measure.denominator]
    case 'change_vs_baseline':
    case 'reported_value':
      return [measure.value]
  }
}

function partAndWhole(measure: Measure): { part: string[]; whole: string[] } | undefined {
  const [part, whole] =
    measure.type === 'population_share'
      ? [summedFields(measure.reached), summedFields(measure.total)]
      : measure.type === 'ratio'
        ? [summedFields(measure.numerator), summedFields(measure.denominator)]
        : []
  // The typed figures a log field stands for are the form's part (see typedFieldOf).
  return part && whole
    ? { part: part.map(typedFieldOf), whole: whole.map(typedFieldOf) }
    : undefined
}

/** A sum is checked term by term when every term of the part has its whole in the sum. */
function coveredByBaseParts(part: string[], whole: string[]): boolean {
  return part.every((name) => {
    const pairWhole = BASE_PARTS[name]
    return pairWhole !== undefined && whole.includes(pairWhole)
  })
}

function describeField(name: string, plan: PlanParts): ReportField {
  const declaration = plan.fields.find((field) => field.id === name)
  const base = REPORTED_BASE_FIELDS[name]
  return {
    id: name,
    label: declaration?.label ?? base?.label ?? name,
    type: declaration?.type ?? base?.type ?? 'number',
    values: (declaration?.values ?? []).map((value) => ({ value, label: classLabel(value) })),
    origin: declaration ? 'declared' : base?.prefilled ? 'register' : 'measure',
    baselineYear: null,
    targets: [],
    source: declaration?.source ?? null,
  }
}
