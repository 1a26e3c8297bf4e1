// The crime and policing statistics police enter month by month for a commune or district
// (issue 12 item 4): the kinds as data, with their Vietnamese label, unit, how a longer period
// reads them and the rules tying them. Targets read them as `crime_statistics.<kind>`.

/**
 * How a period (a year, a quarter) reads a kind: `sum` adds the months (cases, tips: what
 * happened in the month); `opening` takes the period's earliest month entered (a stock at the
 * start of the month: wanted persons on the books, hot spots selected for transformation).
 */
export type StatisticAggregate = 'sum' | 'opening'

export type CrimeStatisticKind = {
  id: string
  label: string
  /** The counting unit shown beside the figure. */
  unit: string
  aggregate: StatisticAggregate
  /**
   * Report fields plans asked units to type for the same figure before the records existed
   * (plan 003's `crime.cases`…): the report form shows the records' figure beside them.
   */
  typedFields: readonly string[]
}

export const CRIME_STATISTIC_KINDS = [
  {
    ...{ id: 'cases', label: 'Tổng số vụ phạm tội phải điều tra', unit: 'vụ' },
    ...{ aggregate: 'sum', typedFields: ['crime.cases'] },
  },
  {
    ...{ id: 'social_order_cases', label: 'Số vụ phạm tội về trật tự xã hội' },
    ...{ unit: 'vụ', aggregate: 'sum', typedFields: ['crime.social_order_cases'] },
  },
  {
    ...{ id: 'serious_cases', label: 'Trong đó: số vụ rất nghiêm trọng, đặc biệt nghiêm trọng' },
    ...{ unit: 'vụ', aggregate: 'sum', typedFields: ['crime.serious_cases'] },
  },
  {
    ...{ id: 'cases_solved', label: 'Số vụ đã điều tra, khám phá', unit: 'vụ' },
    ...{ aggregate: 'sum', typedFields: ['crime.cases_solved'] },
  },
  {
    id: 'serious_cases_solved',
    label: 'Số vụ rất nghiêm trọng, đặc biệt nghiêm trọng đã khám phá',
    ...{ unit: 'vụ', aggregate: 'sum', typedFields: ['crime.serious_cases_solved'] },
  },
  {
    id: 'tips_received',
    label: 'Số tin báo, tố giác tội phạm và kiến nghị khởi tố nhận được',
    ...{ unit: 'tin', aggregate: 'sum', typedFields: ['crime.reports'] },
  },
  {
    ...{ id: 'tips_accepted', label: 'Số tin được tiếp nhận, xử lý đúng quy định', unit: 'tin' },
    ...{ aggregate: 'sum', typedFields: ['crime.reports_handled', 'crime.reports_accepted'] },
  },
  {
    ...{ id: 'tips_resolved', label: 'Số tin đã giải quyết', unit: 'tin' },
    ...{ aggregate: 'sum', typedFields: ['crime.reports_resolved'] },
  },
  {
    id: 'released_persons',
    label:
      'Số người được đặc xá, chấp hành xong án phạt tù, tha tù trước thời hạn có điều kiện về địa phương',
    ...{ unit: 'người', aggregate: 'sum', typedFields: ['crime.released_persons'] },
  },
  {
    ...{ id: 'reoffenders', label: 'Số người trong số đó tái phạm tội', unit: 'người' },
    ...{ aggregate: 'sum', typedFields: ['crime.reoffenders'] },
  },
  {
    ...{
      id: 'wanted_existing',
      label: 'Số đối tượng truy nã hiện có đầu tháng',
      unit: 'đối tượng',
    },
    ...{ aggregate: 'opening', typedFields: ['wanted.existing'] },
  },
  {
    id: 'wanted_existing_caught',
    label: 'Số đối tượng truy nã hiện có bị bắt giữ, vận động đầu thú',
    ...{ unit: 'đối tượng', aggregate: 'sum', typedFields: ['wanted.existing_caught'] },
  },
  {
    ...{ id: 'wanted_new', label: 'Số đối tượng truy nã mới phát sinh', unit: 'đối tượng' },
    ...{ aggregate: 'sum', typedFields: ['wanted.new'] },
  },
  {
    id: 'wanted_new_caught',
    label: 'Số đối tượng truy nã mới phát sinh bị bắt giữ, vận động đầu thú',
    ...{ unit: 'đối tượng', aggregate: 'sum', typedFields: ['wanted.new_caught'] },
  },
  {
    id: 'hotspots_selected',
    label: 'Số địa bàn trọng điểm, phức tạp được lựa chọn chuyển hóa (đầu tháng)',
    ...{ unit: 'địa bàn', aggregate: 'opening', typedFields: ['hotspots.selected'] },
  },
  {
    ...{
      id: 'hotspots_transformed',
      label: 'Số địa bàn đã chuyển hóa thành công',
      unit: 'địa bàn',
    },
    ...{ aggregate: 'sum', typedFields: ['hotspots.transformed'] },
  },
] as const satisfies readonly CrimeStatisticKind[]

export type CrimeStatisticKindId = (typeof CRIME_STATISTIC_KINDS)[number]['id']
export const CRIME_STATISTIC_KIND_IDS = CRIME_STATISTIC_KINDS.map((kind) => kind.id)

/** The formula field a target reads for a kind (the year's figure of the unit's territory). */
export const CRIME_STATISTICS_PREFIX = 'crime_statistics.'

/** One month's figure may not exceed this (an input bound, far above any real month). */
export const MAX_MONTHLY_FIGURE = 100_000

/**
 * A part never exceeds its whole within one month (issue 12 item 4: solved ≤ cases, very serious
 * solved ≤ solved, resolved ≤ accepted ≤ received). Social-order crime is counted on its own
 * (plans compare it year on year), not as a part of the cases to investigate. Re-offending and
 * wanted persons caught are not tied month by month: a person released or wanted in March may re-offend or be caught in May.
 */
export const CRIME_STATISTIC_RULES: readonly {
  part: CrimeStatisticKindId
  whole: CrimeStatisticKindId
}[] = [
  { part: 'serious_cases', whole: 'cases' },
  { part: 'cases_solved', whole: 'cases' },
  { part: 'serious_cases_solved', whole: 'serious_cases' },
  { part: 'serious_cases_solved', whole: 'cases_solved' },
  { part: 'tips_accepted', whole: 'tips_received' },
  { part: 'tips_resolved', whole: 'tips_accepted' },
]

/**
 * The deadline after which a month is locked (khóa sổ): day 10 of the next month, an assumption
 * kept as data (the monthly police statistics are closed early the next month); a correction
 * after it needs a reason and the reviewer's role.
 */
export const CRIME_STATISTICS_LOCK = { dayOfNextMonth: 10 } as const

/** The unit kinds whose police enter figures: the commune's and the district's. */
export const CRIME_STATISTICS_UNIT_KINDS = ['commune', 'district'] as const

export function findCrimeStatisticKind(id: string): CrimeStatisticKind | undefined {
  return CRIME_STATISTIC_KINDS.find((kind) => kind.id === id)
}

/** The kind whose records a typed report field stands for, if any. */
export function statisticKindOfTypedField(field: string): CrimeStatisticKind | undefined {
  return CRIME_STATISTIC_KINDS.find((kind) =>
    (kind.typedFields as readonly string[]).includes(field),
  )
}

/** A kind's column header in the workbook and in messages: its label and counting unit. */
export function crimeStatisticHeaderOf(id: string): string {
  const kind = findCrimeStatisticKind(id)
  return kind ? `${kind.label} (${kind.unit})` : id
}
