// Plan values as people read them: thresholds, goals, partial and yearly dates, numbers.
import { formatDateVi, type Plan, type Target, type Threshold } from '@antq/core'
import { messages } from '../../messages/vi'

const t = messages.planTerms
const numberFormat = new Intl.NumberFormat('vi-VN')

/** `90%` and `2/3` as written; a count in the Vietnamese convention (1.234). */
export function formatThreshold(threshold: Threshold): string {
  return typeof threshold === 'number' ? numberFormat.format(threshold) : threshold
}

/** yyyy-mm-dd → dd/mm/yyyy; yyyy-mm → "tháng 4/2024"; yyyy → "năm 2024". */
export function formatPartialDate(value: string | null): string {
  if (!value) return messages.app.empty
  const [year = '', month, day] = value.split('-')
  if (day) return formatDateVi(value)
  if (month) return messages.plan.partialMonth(month, year)
  return messages.plan.partialYear(year)
}

/** mm-dd → "30/03 hằng năm". */
export function formatAnnualDate(value: string): string {
  const [month = '', day = ''] = value.split('-')
  return messages.plan.annual(day, month)
}

/** "Số: 66/KH-BCĐ", or "Số: /KH-BCĐ" when the copy left the number blank. */
export function formatDocumentNumber(number: Plan['metadata']['number']): string {
  return number ? messages.plans.number(number.sequence, number.symbol) : messages.plans.noNumber
}

/** "66/KH-BCĐ (…)" for a details table whose label already says "Số, ký hiệu". */
export function formatSymbol(number: Plan['metadata']['number']): string {
  if (!number) return messages.plans.noNumber
  const symbol = `${number.sequence ?? ''}/${number.symbol}`
  return number.sequence === null ? `${symbol} (${messages.plans.numberBlank})` : symbol
}

function measurePhrase(measure: Target['measure']): string {
  switch (measure.type) {
    case 'unit_share':
      return t.measure.unit_share
    case 'population_share':
      return t.measure.population_share(measure.population)
    case 'ratio':
      return t.measure.ratio
    case 'count':
      return t.measure.count(measure.outOf)
    case 'change_vs_baseline':
      return t.measure.change_vs_baseline(measure.direction, measure.baselineYear)
    case 'reported_value':
      return t.measure.reported_value(measure.aggregate)
  }
}

/** A phase's label ("Giai đoạn 1 (2020–2022)"), or its id when the plan does not define it. */
export function phaseLabel(plan: Plan, phase: string | null): string | null {
  if (phase === null) return null
  return plan.period.phases.find((item) => item.id === phase)?.label ?? phase
}

type Goal = Pick<Target, 'comparator' | 'threshold' | 'upper'>

export function describeGoal(goal: Goal, measure: Target['measure']): string {
  const upper = goal.upper === null ? '' : ` ${t.upper(formatThreshold(goal.upper))}`
  const symbol = t.comparatorSymbols[goal.comparator]
  return `${symbol} ${formatThreshold(goal.threshold)}${upper} ${measurePhrase(measure)}`
}

/** "≥ 95% số đơn vị trong phạm vi đạt điều kiện, hạn 31/12/2024". */
export function describeTarget(target: Target): string {
  const parts = [describeGoal(target, target.measure)]
  if (target.due) parts.push(t.due(formatDateVi(target.due)))
  if (target.recurrence === 'yearly') parts.push(t.yearly)
  return parts.join(', ')
}

/** The formulas a measure is made of, labelled: condition, or reached and total, … */
export function measureFormulas(measure: Target['measure']): { label: string; formula: string }[] {
  const part = (key: keyof typeof t.measureParts, formula: string) => ({
    label: t.measureParts[key],
    formula,
  })
  switch (measure.type) {
    case 'unit_share':
      // "trong đó": the share is of the units meeting `among` (issue 10 S3).
      return [
        part('condition', measure.condition),
        ...(measure.among ? [part('among', measure.among)] : []),
      ]
    case 'count':
      return [part('condition', measure.condition)]
    case 'population_share':
      return [part('reached', measure.reached), part('total', measure.total)]
    case 'ratio':
      return [part('numerator', measure.numerator), part('denominator', measure.denominator)]
    case 'change_vs_baseline':
    case 'reported_value':
      return [part('value', measure.value)]
  }
}

/** A value from a change list, short: scalars as they are, objects as compact JSON. */
export function formatChangeValue(value: unknown): string {
  if (value === undefined || value === null) return messages.app.empty
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateVi(value) : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text = JSON.stringify(value)
  return text.length > 160 ? `${text.slice(0, 157)}…` : text
}
