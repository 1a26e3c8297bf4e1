// The ANTT evaluation year of Thông tư 124/2021/TT-BCA Art. 8: residential areas from 01/11 of
// the previous year to 31/10; communes, agencies, enterprises and schools from 16/11 to 15/11.
// The year is named after the year it ends in. Kinds outside the standard (district,
// province) have none. A criteria set's own `evaluationPeriod` overrides this table.
import type { UnitKind } from '../units/unit-kinds'
import { formatDateVi } from '../text/dates'
import { isWithin } from './campaign-dates'
import { yearBounds, type CalendarYear } from './campaign-periods'

const TT124_ART8 = 'Thông tư 124/2021/TT-BCA, Điều 8'
const RESIDENTIAL: CalendarYear = { start: '11-01', end: '10-31' }
const OTHERS: CalendarYear = { start: '11-16', end: '11-15' }

export const ANTT_EVALUATION_YEARS = {
  residential_area: RESIDENTIAL,
  commune: OTHERS,
  agency: OTHERS,
  enterprise: OTHERS,
  school: OTHERS,
  organisation: OTHERS,
} as const satisfies Partial<Record<UnitKind, CalendarYear>>

export type AnttUnitKind = keyof typeof ANTT_EVALUATION_YEARS

export function isAnttUnitKind(kind: UnitKind): kind is AnttUnitKind {
  return Object.hasOwn(ANTT_EVALUATION_YEARS, kind)
}

export type EvaluationYear = {
  id: string
  year: number
  start: string
  end: string
  label: string
  source: string
}

/**
 * The TT 124 evaluation year holding `date` for a unit kind; `span` (a criteria set's
 * `evaluationPeriod`) overrides the table. Undefined for kinds the standard does not cover.
 * @example evaluationYearOf('residential_area', '2024-11-05') // { id: '2025', start: '2024-11-01', end: '2025-10-31', … }
 */
export function evaluationYearOf(
  unitKind: UnitKind,
  date: string,
  span?: CalendarYear | null,
): EvaluationYear | undefined {
  const calendar = span ?? (isAnttUnitKind(unitKind) ? ANTT_EVALUATION_YEARS[unitKind] : undefined)
  if (!calendar) return undefined
  const year = Number(date.slice(0, 4))
  for (const candidate of [year, year + 1, year - 1]) {
    const bounds = yearBounds(calendar, candidate)
    if (isWithin(date, bounds.start, bounds.end))
      return evaluationYear(candidate, bounds, span ? 'Bộ tiêu chí áp dụng' : TT124_ART8)
  }
  return undefined
}

/** The evaluation year named `year` for a unit kind (e.g. 2024 → 01/11/2023–31/10/2024). */
export function evaluationYearNamed(
  unitKind: UnitKind,
  year: number,
  span?: CalendarYear | null,
): EvaluationYear | undefined {
  const calendar = span ?? (isAnttUnitKind(unitKind) ? ANTT_EVALUATION_YEARS[unitKind] : undefined)
  if (!calendar) return undefined
  return evaluationYear(year, yearBounds(calendar, year), span ? 'Bộ tiêu chí áp dụng' : TT124_ART8)
}

function evaluationYear(
  year: number,
  bounds: { start: string; end: string },
  source: string,
): EvaluationYear {
  return {
    id: String(year),
    year,
    ...bounds,
    label: `Năm đánh giá ${year} (${formatDateVi(bounds.start)}–${formatDateVi(bounds.end)})`,
    source,
  }
}
