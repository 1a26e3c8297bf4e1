// The new-nomination form's values as the API's create input (a collective names a unit; a
// person's own facts start unknown, to be declared on the nomination page).
import type { CreateNominationInput } from './nominations-api'

export type NominationValues = {
  kind: 'collective' | 'individual'
  proposingUnitId: number
  unitId: number
  fullName: string
  position: string
  role: string
  birthYear: number | null
  subjectId: string
  awardFormId: string
  achievementSummary: string
}

export function toCreateInput(values: NominationValues, year: number): CreateNominationInput {
  return {
    year,
    awardFormId: values.awardFormId,
    proposingUnitId: values.proposingUnitId,
    subjectId: values.subjectId,
    achievementSummary: values.achievementSummary ?? '',
    nominee:
      values.kind === 'collective'
        ? { kind: 'collective', unitId: values.unitId }
        : {
            kind: 'individual',
            person: {
              fullName: values.fullName,
              position: values.position,
              role: values.role,
              birthYear: values.birthYear ?? null,
              unitId: values.unitId,
            },
            facts: { isLeader: null, familyCultural: null, taskRating: null },
          },
  }
}
