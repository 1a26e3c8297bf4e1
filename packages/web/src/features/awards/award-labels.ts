// How a nomination's parts read on a page: nominee name, form name, status colour.
import type { NominationStatus } from '@antq/core'
import type { Plan } from '@antq/core'
import type { NominationSummary } from './awards-types'

export function nomineeName(item: Pick<NominationSummary, 'nominee'>): string {
  return item.nominee.kind === 'collective'
    ? (item.nominee.name ?? `#${item.nominee.unitId}`)
    : (item.nominee.person.fullName ?? '')
}

export function formName(plan: Plan | undefined, formId: string): string {
  return plan?.awardForms.find((form) => form.id === formId)?.name ?? formId
}

export function subjectLabel(plan: Plan | undefined, subjectId: string): string {
  return plan?.subjects.find((subject) => subject.id === subjectId)?.label ?? subjectId
}

export const STATUS_COLORS: Record<NominationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  appraised: 'cyan',
  reviewed: 'geekblue',
  decided: 'success',
  returned: 'warning',
  rejected: 'error',
  withdrawn: 'default',
  revoked: 'magenta',
}
