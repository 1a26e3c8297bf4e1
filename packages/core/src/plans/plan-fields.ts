// The fields plan formulas may read. Each unit row (collection `units`) carries the unit's
// register data and its yearly results; criteria for one unit or person read the same names
// outside aggregates. A plan adds its own reported figures and classifications on top.
import { AREA_TYPES, ENTERPRISE_SIZES, SCHOOL_LEVELS, UNIT_KINDS } from '../units/unit-kinds'
import {
  BOOLEAN,
  enumOf,
  NUMBER,
  STRING,
  type FieldMap,
  type FieldSchema,
  type FieldType,
} from '../rules/field-schema'
import { CRIME_STATISTIC_KINDS, CRIME_STATISTICS_PREFIX } from '../statistics/crime-statistics'
import {
  PRIOR_YEAR_STANDARDS_PREFIX,
  STANDARDS_PREFIX,
  UNIT_STANDARD_KINDS,
} from '../standards/unit-standards'
import { ACTIVITY_LOG_FIELDS } from '../activities/activity-log'
import { MODEL_REGISTER_FIELDS } from '../models/model-facts'
import { PERSON_ROLES } from './plan-subjects'
import type { Plan } from './plan-schema'

/** QĐ 510 classes (the fourth, "Yếu", is assumed: see criteria/criteria-qd510.ts). */
export const MOVEMENT_CLASSES = ['xuat_sac', 'kha', 'trung_binh', 'yeu'] as const
/** HD 22 model ratings: levels NOT FOUND in the sources, assumed; editable data. */
export const MODEL_RATINGS = ['tot', 'kha', 'trung_binh', 'yeu'] as const
/** HD 01 ratings for security teams and members. */
export const TASK_RATINGS = ['htxs', 'htt', 'ht', 'kht'] as const

export const UNIT_FIELDS: FieldMap = {
  'unit.kind': enumOf(UNIT_KINDS),
  'unit.subtype': STRING,
  'unit.area': enumOf(AREA_TYPES),
  'unit.school_level': enumOf(SCHOOL_LEVELS),
  'unit.enterprise_size': enumOf(ENTERPRISE_SIZES),
  /** The kind of the unit's managing unit (its parent when none is recorded). */
  'unit.managing_kind': enumOf(UNIT_KINDS),
  'unit.households': NUMBER,
  'unit.staff': NUMBER,
  'unit.pupils': NUMBER,
  'registration.registered': BOOLEAN,
  'antt.registered': BOOLEAN,
  'antt.recognized': BOOLEAN,
  'movement.class': enumOf(MOVEMENT_CLASSES),
  'movement.score': NUMBER,
  'models.count': NUMBER,
  'models.effective': NUMBER,
  'exemplary.registered': BOOLEAN,
  'exemplary.recognized': BOOLEAN,
  'ntm.indicator_19_2': BOOLEAN,
  'ntm.indicator_19_2_enhanced': BOOLEAN,
  'ntm.achieved': BOOLEAN,
  'propaganda.households_reached': NUMBER,
  'propaganda.staff_reached': NUMBER,
  'propaganda.pupils_reached': NUMBER,
  // The year's crime statistics of the unit's territory, read from the police's monthly records.
  ...Object.fromEntries(
    CRIME_STATISTIC_KINDS.map((kind) => [`${CRIME_STATISTICS_PREFIX}${kind.id}`, NUMBER]),
  ),
  // The standards the unit holds on the year's last day, read from its recognition records.
  ...Object.fromEntries(
    UNIT_STANDARD_KINDS.map((kind) => [`${STANDARDS_PREFIX}${kind.id}`, BOOLEAN]),
  ),
  // The same on the last day of the year before ("05 xã chưa đạt trong năm 2023", ADR 025).
  ...Object.fromEntries(
    UNIT_STANDARD_KINDS.map((kind) => [`${PRIOR_YEAR_STANDARDS_PREFIX}${kind.id}`, BOOLEAN]),
  ),
  // The year's figures of the unit's activity log (sessions, trainings, articles, broadcasts).
  ...Object.fromEntries(ACTIVITY_LOG_FIELDS.map((field) => [field, NUMBER])),
  // The year's figures of the model register for the unit's territory (issue 12 item 1).
  ...Object.fromEntries(MODEL_REGISTER_FIELDS.map((field) => [field, NUMBER])),
}

export const PERSON_FIELDS: FieldMap = {
  'person.role': enumOf(PERSON_ROLES),
  'person.is_leader': BOOLEAN,
  'person.family_cultural': BOOLEAN,
  'person.task_rating': enumOf(TASK_RATINGS),
}

export const MODEL_FIELDS: FieldMap = {
  'model.plan_at_start': BOOLEAN,
  'model.targets_completed_share': NUMBER,
  'model.rating': enumOf(MODEL_RATINGS),
}

/** Values a target formula reads outside aggregates (the server supplies them). */
export const TARGET_FIELDS: FieldMap = { 'target.baseline': NUMBER }

export const BASE_FIELD_SCHEMA: FieldSchema = {
  fields: { ...UNIT_FIELDS, ...PERSON_FIELDS, ...MODEL_FIELDS, ...TARGET_FIELDS },
  collections: { units: UNIT_FIELDS },
}

type PlanFieldParts = Pick<Plan, 'fields' | 'classifications'>

/** The schema for one plan's formulas: base fields + declared fields + classification enums. */
export function buildPlanFieldSchema(plan: PlanFieldParts): FieldSchema {
  const unitFields: Record<string, FieldType> = { ...UNIT_FIELDS }
  for (const declared of plan.fields)
    unitFields[declared.id] = declaredType(declared.type, declared.values)
  for (const classification of plan.classifications)
    unitFields[classification.field] = enumOf(classification.classes.map((item) => item.value))
  return {
    fields: { ...BASE_FIELD_SCHEMA.fields, ...unitFields },
    collections: { units: unitFields },
  }
}

function declaredType(type: FieldType['type'], values: readonly string[]): FieldType {
  return type === 'enum' ? enumOf(values) : { type }
}

/** Whether a field name is one of the base fields (a plan may not redeclare those). */
export function isBaseField(name: string): boolean {
  return name in BASE_FIELD_SCHEMA.fields
}
