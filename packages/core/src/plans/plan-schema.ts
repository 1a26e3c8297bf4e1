// The whole plan definition: one strict zod schema (unknown fields are errors), its type, and
// the JSON Schema for editors and the API. Cross-references are checked in plan-validate.ts.
import { z } from 'zod'
import { AwardCriteria, AwardForm, AwardGate, DossierItem } from './plan-awards'
import { Metadata, Period } from './plan-metadata'
import { ElementId } from './plan-primitives'
import {
  BudgetLine,
  CriteriaSetUse,
  Deadline,
  NotEnforced,
  RecognitionRoute,
  Reporting,
} from './plan-schedule'
import { Body, Task } from './plan-bodies'
import { PlanEvent } from './plan-events'
import { PlanInspection } from './plan-inspections'
import { Exclusion, Subject } from './plan-subjects'
import { Classification, FieldDeclaration, Target } from './plan-targets'

export const PLAN_SCHEMA_VERSION = 1

export const Plan = z.strictObject({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: ElementId,
  version: z.number().int().positive(),
  metadata: Metadata,
  period: Period,
  fields: z.array(FieldDeclaration).default([]),
  classifications: z.array(Classification).default([]),
  criteriaSets: z.array(CriteriaSetUse).default([]),
  subjects: z.array(Subject).default([]),
  exclusions: z.array(Exclusion).default([]),
  targets: z.array(Target).default([]),
  awardForms: z.array(AwardForm).default([]),
  awardCriteria: z.array(AwardCriteria).default([]),
  awardGates: z.array(AwardGate).default([]),
  dossierItems: z.array(DossierItem).default([]),
  deadlines: z.array(Deadline).default([]),
  recognitionRoutes: z.array(RecognitionRoute).default([]),
  bodies: z.array(Body).default([]),
  tasks: z.array(Task).default([]),
  reporting: Reporting.default({
    calendar: {
      basis: 'nd09_2019',
      yearStart: '12-15',
      yearEnd: '12-14',
      source: null,
      text: null,
    },
    obligations: [],
  }),
  budget: z.array(BudgetLine).default([]),
  inspections: z.array(PlanInspection).default([]),
  events: z.array(PlanEvent).default([]),
  notEnforced: z.array(NotEnforced).default([]),
})
export type Plan = z.infer<typeof Plan>
export type PlanInput = z.input<typeof Plan>

/** JSON Schema (draft 2020-12) of a plan file as authors write it (defaults optional). */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any' })
}
