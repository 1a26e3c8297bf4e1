// The columns each dashboard table exports to XLSX (exportTableToXlsx): the same Vietnamese
// headers as on screen, counts as numbers (a unit list's counts summed), shares as
// percentages, dates as dates.
import { UNIT_KIND_LABELS } from '@antq/core'
import { exportTableToXlsx, type ExportColumn } from '../../lib/export-xlsx'
import { messages } from '../../messages/vi'
import { formatThreshold } from '../plans/plan-format'
import type { TargetRow, TargetUnit } from './targets-api'
import type { LateUnitRow, RankedSubUnit } from './targets-dashboard-api'

const m = messages.targets
const symbols = messages.planTerms.comparatorSymbols

/** A share is a percentage only when it has a denominator; else the value is a count. */
const share = (row: { denominator: number | null; value: number | null }) =>
  row.denominator === null ? null : row.value
const count = (row: { denominator: number | null; value: number | null }) =>
  row.denominator === null ? row.value : null

export const TARGET_COLUMNS: ExportColumn<TargetRow>[] = [
  { title: m.columns.status, value: (row) => m.status[row.status] },
  { title: m.columns.source, value: (row) => row.source },
  { title: m.columns.label, value: (row) => row.label, width: 60 },
  { title: m.columns.numerator, value: (row) => row.numerator, type: 'number' },
  { title: m.columns.denominator, value: (row) => row.denominator, type: 'number' },
  { title: m.columns.value, value: share, type: 'percent' },
  { title: m.subUnits.value, value: count, type: 'number' },
  { title: m.columns.missingUnits, value: (row) => row.missingUnits ?? null, type: 'number' },
  {
    title: m.columns.goal,
    value: (row) => `${symbols[row.comparator]} ${formatThreshold(row.threshold)}`,
  },
  { title: m.columns.due, value: (row) => row.due, type: 'date' },
]

export const UNIT_COLUMNS: ExportColumn<TargetUnit>[] = [
  { title: m.units.name, value: (row) => row.unit.name, width: 40 },
  { title: m.units.code, value: (row) => row.unit.code, width: 16 },
  { title: m.units.kind, value: (row) => UNIT_KIND_LABELS[row.unit.kind] },
  { title: m.units.numerator, value: (row) => row.numerator, type: 'number', sum: true },
  { title: m.units.denominator, value: (row) => row.denominator, type: 'number', sum: true },
  { title: m.units.met, value: (row) => (row.met ? m.units.yes : m.units.no) },
]

export const RANKING_COLUMNS: ExportColumn<RankedSubUnit>[] = [
  { title: m.subUnits.rank, value: (row) => row.rank, type: 'number' },
  { title: m.subUnits.unit, value: (row) => row.unit.name, width: 40 },
  { title: m.subUnits.code, value: (row) => row.unit.code, width: 16 },
  { title: m.subUnits.numerator, value: (row) => row.numerator, type: 'number', sum: true },
  { title: m.subUnits.denominator, value: (row) => row.denominator, type: 'number', sum: true },
  { title: m.columns.value, value: share, type: 'percent' },
  { title: m.subUnits.value, value: count, type: 'number' },
  { title: m.subUnits.status, value: (row) => row.statusLabel },
]

const lateBase: ExportColumn<LateUnitRow>[] = [
  { title: m.late.unit, value: (row) => row.unit.name, width: 40 },
  { title: m.late.code, value: (row) => row.unit.code, width: 16 },
  { title: m.late.kind, value: (row) => row.unit.kindLabel },
  { title: m.late.managingUnit, value: (row) => row.managingUnit?.name ?? null, width: 36 },
  { title: m.late.closedOn, value: (row) => row.closedOn, type: 'date' },
  { title: m.late.daysLate, value: (row) => row.daysLate, type: 'number' },
]

export const LATE_REGISTRATION_COLUMNS = lateBase

export const LATE_REPORT_COLUMNS: ExportColumn<LateUnitRow>[] = [
  ...lateBase,
  {
    title: m.late.reportStatus,
    value: (row) => m.late.reportStates[(row.status ?? 'missing') as 'missing'],
  },
  { title: m.late.returnReason, value: (row) => row.returnReason, width: 40 },
]

export const LATE_UPWARD_COLUMNS: ExportColumn<LateUnitRow>[] = [
  ...lateBase.slice(0, 4),
  {
    title: m.late.obligation,
    value: (row) => row.obligation && `${row.obligation.label} (${row.obligation.periodLabel})`,
    width: 60,
  },
  ...lateBase.slice(4),
  {
    title: m.late.reportStatus,
    value: (row) => m.late.reportStates[(row.status ?? 'missing') as 'missing'],
  },
]

export { exportTableToXlsx }
