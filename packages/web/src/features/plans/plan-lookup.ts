// Names of the elements a plan element refers to by id (subjects, award forms, dossier items).
import type { Plan } from '@antq/core'

function labelsOf<T extends { id: string }>(
  items: readonly T[],
  ids: readonly string[],
  label: (item: T) => string,
): string[] {
  return ids.map((id) => {
    const item = items.find((candidate) => candidate.id === id)
    return item ? label(item) : id
  })
}

export const subjectLabels = (plan: Plan, ids: readonly string[]) =>
  labelsOf(plan.subjects, ids, (subject) => subject.label)

export const awardNames = (plan: Plan, ids: readonly string[]) =>
  labelsOf(plan.awardForms, ids, (form) => form.name)

export const dossierNames = (plan: Plan, ids: readonly string[]) =>
  labelsOf(plan.dossierItems, ids, (item) => item.name)
