// Who competes (đối tượng thi đua) and who is left out. Collectives are unit kinds or bodies
// such as models; individuals are person roles. Exclusions say what they remove a unit from.
import { z } from 'zod'
import { ENTERPRISE_SIZES, SCHOOL_LEVELS, UNIT_KINDS } from '../units/unit-kinds'
import { clause, ElementId } from './plan-primitives'

export const PERSON_ROLES = [
  'grassroots_security_force',
  'semi_professional_commune_police',
  'ward_guard',
  'security_guard',
  'model_member',
  'cadre',
  'civil_servant',
  'public_employee',
  'worker',
  'pupil',
  'student',
  'unit_leader',
  'citizen',
  'people_police',
  'people_army',
] as const
export type PersonRole = (typeof PERSON_ROLES)[number]

/** Collective bodies that are not units in the register. */
export const COLLECTIVE_BODIES = ['model', 'ward_protection_board'] as const

export const EXCLUSION_EFFECTS = [
  'registration',
  'antt',
  'classification',
  'targets',
  'awards',
  'exemplary',
] as const

export const Subject = z.strictObject({
  ...clause,
  id: ElementId,
  kind: z.enum(['collective', 'individual']),
  label: z.string().min(1),
  unitKinds: z.array(z.enum(UNIT_KINDS)).default([]),
  bodies: z.array(z.enum(COLLECTIVE_BODIES)).default([]),
  roles: z.array(z.enum(PERSON_ROLES)).default([]),
  /** "có tư cách pháp nhân": only bodies with legal personality. */
  requiresLegalStatus: z.boolean().default(false),
})
export type Subject = z.infer<typeof Subject>

const ExclusionMatch = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('school'),
    schoolLevels: z.array(z.enum(SCHOOL_LEVELS)).min(1),
  }),
  z.strictObject({
    kind: z.literal('enterprise'),
    enterpriseSizes: z.array(z.enum(ENTERPRISE_SIZES)).min(1),
  }),
  z.strictObject({ kind: z.literal('agency'), subtypes: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ kind: z.literal('person'), roles: z.array(z.enum(PERSON_ROLES)).min(1) }),
])

export const Exclusion = z.strictObject({
  ...clause,
  id: ElementId,
  match: ExclusionMatch,
  appliesTo: z.array(z.enum(EXCLUSION_EFFECTS)).min(1),
})
export type Exclusion = z.infer<typeof Exclusion>
