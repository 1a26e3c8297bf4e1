// Which of the formula fields a unit reports itself, their Vietnamese labels, and which figure
// is a part of which whole. Register attributes (kind, subtype…) and results the system records
// (registration, ANTT recognition, classification, exemplary status) are never reported; the
// register's totals (households, staff, pupils) are reported, prefilled from the register.
import { CRIME_STATISTIC_KINDS, CRIME_STATISTICS_PREFIX } from '../statistics/crime-statistics'
import {
  PRIOR_YEAR_STANDARDS_PREFIX,
  STANDARDS_PREFIX,
  UNIT_STANDARD_KINDS,
} from '../standards/unit-standards'
import { ACTIVITY_LOG_FIELDS } from '../activities/activity-log'
import { MODEL_REGISTER_FIELDS } from '../models/model-facts'
import { listCriteriaSets } from '../criteria/criteria-catalog'
import type { Expr } from '../rules/ast'
import { parseExpression } from '../rules/parser'

/** Base fields the system fills from the register, registrations and evaluations. */
export const SYSTEM_FIELDS: readonly string[] = [
  'unit.kind',
  'unit.subtype',
  'unit.area',
  'unit.school_level',
  'unit.enterprise_size',
  'unit.managing_kind',
  'registration.registered',
  'antt.registered',
  'antt.recognized',
  'movement.class',
  'movement.score',
  'exemplary.registered',
  'exemplary.recognized',
  'target.baseline',
  ...CRIME_STATISTIC_KINDS.map((kind) => `${CRIME_STATISTICS_PREFIX}${kind.id}`),
  ...UNIT_STANDARD_KINDS.map((kind) => `${STANDARDS_PREFIX}${kind.id}`),
  ...UNIT_STANDARD_KINDS.map((kind) => `${PRIOR_YEAR_STANDARDS_PREFIX}${kind.id}`),
  ...ACTIVITY_LOG_FIELDS,
  ...MODEL_REGISTER_FIELDS,
]

/** Base fields a unit reports, with their labels (register totals come prefilled). */
export const REPORTED_BASE_FIELDS: Readonly<
  Record<string, { label: string; prefilled: boolean; type: 'number' | 'boolean' }>
> = {
  'unit.households': { label: 'Tổng số hộ gia đình trên địa bàn', prefilled: true, type: 'number' },
  'unit.staff': {
    label: 'Tổng số cán bộ, công chức, viên chức, người lao động',
    prefilled: true,
    type: 'number',
  },
  'unit.pupils': { label: 'Tổng số học sinh, sinh viên', prefilled: true, type: 'number' },
  'propaganda.households_reached': {
    label: 'Số hộ gia đình được tuyên truyền, phổ biến',
    prefilled: false,
    type: 'number',
  },
  'propaganda.staff_reached': {
    label: 'Số cán bộ, công chức, viên chức, người lao động được tuyên truyền',
    prefilled: false,
    type: 'number',
  },
  'propaganda.pupils_reached': {
    label: 'Số học sinh, sinh viên được tuyên truyền',
    prefilled: false,
    type: 'number',
  },
  'models.count': {
    label: 'Số mô hình phong trào toàn dân bảo vệ ANTQ',
    prefilled: false,
    type: 'number',
  },
  'models.effective': { label: 'Số mô hình hoạt động hiệu quả', prefilled: false, type: 'number' },
  'ntm.indicator_19_2': {
    label: 'Đạt chỉ tiêu 19.2 (Quốc phòng và An ninh) của Bộ tiêu chí xã nông thôn mới',
    prefilled: false,
    type: 'boolean',
  },
  'ntm.indicator_19_2_enhanced': {
    label: 'Đạt chỉ tiêu 19.2 của xã nông thôn mới nâng cao',
    prefilled: false,
    type: 'boolean',
  },
  'ntm.achieved': { label: 'Đạt chuẩn nông thôn mới', prefilled: false, type: 'boolean' },
}

/** Figures that can never exceed another, whatever the plan (part → whole). */
export const BASE_PARTS: Readonly<Record<string, string>> = {
  'propaganda.households_reached': 'unit.households',
  'propaganda.staff_reached': 'unit.staff',
  'propaganda.pupils_reached': 'unit.pupils',
  'models.effective': 'models.count',
}

/** The prefix of the figure for a baseline year (`baseline.crime.social_order_cases`). */
export const BASELINE_PREFIX = 'baseline.'

/** Every field name a formula reads, in order of appearance, without repeats. */
export function fieldsOfFormula(source: string): string[] {
  const parsed = parseExpression(source)
  if (!parsed.ok) return []
  const names: string[] = []
  collectFields(parsed.ast, names)
  return [...new Set(names)]
}

/** The fields a formula adds up (`a + b` → [a, b]); undefined for anything else. */
export function summedFields(source: string): string[] | undefined {
  const parsed = parseExpression(source)
  return parsed.ok ? summands(parsed.ast) : undefined
}

function summands(node: Expr): string[] | undefined {
  if (node.kind === 'field') return [node.name]
  if (node.kind !== 'binary' || node.op !== '+') return undefined
  const left = summands(node.left)
  const right = summands(node.right)
  return left && right ? [...left, ...right] : undefined
}

const AGGREGATES: readonly string[] = ['count', 'sum', 'share']

function collectFields(node: Expr, names: string[]): void {
  switch (node.kind) {
    case 'field':
      names.push(node.name)
      return
    case 'unary':
      collectFields(node.operand, names)
      return
    case 'binary':
      collectFields(node.left, names)
      collectFields(node.right, names)
      return
    case 'in':
      collectFields(node.value, names)
      node.items.forEach((item) => collectFields(item, names))
      return
    case 'call':
      // The first argument of an aggregate names a collection, not a field.
      node.args.forEach((arg, i) => {
        const isCollection =
          i === 0 &&
          arg.kind === 'field' &&
          (AGGREGATES.includes(node.name) || arg.name === 'units')
        if (!isCollection) collectFields(arg, names)
      })
      return
    case 'number':
    case 'string':
    case 'boolean':
      return
  }
}

let classLabels: Map<string, string> | undefined

/** A Vietnamese label for a class code (`xuat_sac` → Xuất sắc) from the criteria sets. */
export function classLabel(value: string): string {
  classLabels ??= new Map(
    listCriteriaSets()
      .flatMap((set) => set.classes)
      .reverse()
      .map((entry) => [entry.id, entry.label]),
  )
  return classLabels.get(value) ?? value
}
