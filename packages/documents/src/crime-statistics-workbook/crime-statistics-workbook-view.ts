// What the crime statistics workbook shows: a unit's year, one row per month, one column per
// kind, headed in Vietnamese only (no ids): it is read back by its header texts.
export type CrimeStatisticsWorkbookView = {
  unitName: string
  year: number
  /** The header of each kind's column, in catalogue order ("Số vụ … (vụ)"). */
  columns: readonly { header: string }[]
  rows: readonly {
    /** "01/2024" */
    month: string
    values: readonly (number | null)[]
    locked: boolean
  }[]
  /** The bound of a month's figure (the cells' data validation). */
  max: number
}

export const CRIME_STATISTICS_SHEET = 'Số liệu tội phạm'
export const CRIME_STATISTICS_MONTH_HEADER = 'Tháng'
export const CRIME_STATISTICS_NOTE_HEADER = 'Ghi chú'
export const CRIME_STATISTICS_LOCKED_NOTE = 'Đã khóa sổ'
/** The label of the unit's line above the table; the period row says "Năm 2024". */
export const CRIME_STATISTICS_UNIT_LABEL = 'Đơn vị'
export const crimeStatisticsPeriod = (year: number) => `Năm ${year}`

/** A kind's column header: its label and counting unit. */
export const crimeStatisticHeader = (label: string, unit: string) => `${label} (${unit})`
