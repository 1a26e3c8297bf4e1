// The form editor's values and the plan definition they edit. Form field names follow the
// definition's paths (['targets', 3, 'threshold']), so a validation issue at `targets[3].threshold`
// lands next to the field that caused it.
import type { AwardForm, Comparator, Plan, Threshold } from '@antq/core'
import dayjs, { type Dayjs } from 'dayjs'

export type MilestoneValues = {
  comparator: Comparator
  threshold: string
  upper: string
  due: Dayjs | null
  phase: string | null
}
export type TargetValues = {
  comparator: Comparator
  threshold: string
  upper: string
  due: Dayjs | null
  milestones: MilestoneValues[]
}
export type QuotaValues = {
  type: AwardForm['quota']['type']
  count: number | null
  recipients: 'collective' | 'individual' | 'both' | null
  by: string
}
export type DeadlineValues = { date: Dayjs | null; annual: Dayjs | null }
export type PlanEditValues = {
  targets: TargetValues[]
  awardForms: { quota: QuotaValues }[]
  deadlines: DeadlineValues[]
}

const ISO = 'YYYY-MM-DD'
/** A leap year, so 29/02 repeated every year can be picked. */
const ANNUAL_YEAR = 2024

const thresholdText = (value: Threshold | null) => (value === null ? '' : String(value))
const day = (iso: string | null) => (iso ? dayjs(iso, ISO) : null)

/** "95%", "2/3" stay text; "16" or "2,5" become numbers; empty is null. */
export function parseThreshold(text: string): Threshold | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed
}

export function toEditValues(plan: Plan): PlanEditValues {
  return {
    targets: plan.targets.map((target) => ({
      comparator: target.comparator,
      threshold: thresholdText(target.threshold),
      upper: thresholdText(target.upper),
      due: day(target.due),
      milestones: target.milestones.map((milestone) => ({
        comparator: milestone.comparator,
        threshold: thresholdText(milestone.threshold),
        upper: thresholdText(milestone.upper),
        due: day(milestone.due),
        phase: milestone.phase,
      })),
    })),
    awardForms: plan.awardForms.map(({ quota }) => ({
      quota: {
        type: quota.type,
        count: quota.type === 'fixed' ? quota.count : null,
        // Preset, so switching to a fixed number shows a choice rather than a missing value.
        recipients: quota.type === 'fixed' ? quota.recipients : 'both',
        by: quota.type === 'fixed' ? '' : quota.by,
      },
    })),
    deadlines: plan.deadlines.map((deadline) => ({
      date: day(deadline.date),
      annual: deadline.annual ? dayjs(`${ANNUAL_YEAR}-${deadline.annual}`, ISO) : null,
    })),
  }
}

function toQuota(values: QuotaValues): unknown {
  if (values.type === 'fixed')
    return {
      type: 'fixed',
      count: values.count ?? undefined,
      recipients: values.recipients ?? undefined,
    }
  return { type: values.type, by: (values.by ?? '').trim() }
}

/**
 * The definition with the form's values put in; not yet validated (a threshold may be "150%").
 * Missing required values are left undefined so validation names them.
 */
export function applyEditValues(plan: Plan, values: PlanEditValues): unknown {
  // An empty threshold is left out, so validation says it is missing.
  const threshold = (text: string | undefined) => parseThreshold(text ?? '') ?? undefined
  return {
    ...plan,
    targets: plan.targets.map((target, i) => {
      const edit = values.targets[i]
      if (!edit) return target
      return {
        ...target,
        comparator: edit.comparator,
        threshold: threshold(edit.threshold),
        upper: parseThreshold(edit.upper ?? ''),
        due: edit.due?.format(ISO) ?? null,
        milestones: (edit.milestones ?? []).map((milestone) => ({
          comparator: milestone.comparator,
          threshold: threshold(milestone.threshold),
          upper: parseThreshold(milestone.upper ?? ''),
          due: milestone.due?.format(ISO) ?? null,
          phase: milestone.phase ?? null,
        })),
      }
    }),
    awardForms: plan.awardForms.map((form, i) => {
      const edit = values.awardForms[i]
      return edit ? { ...form, quota: toQuota(edit.quota) } : form
    }),
    deadlines: plan.deadlines.map((deadline, i) => {
      const edit = values.deadlines[i]
      if (!edit) return deadline
      return {
        ...deadline,
        date: edit.date?.format(ISO) ?? null,
        annual: edit.annual?.format('MM-DD') ?? null,
      }
    }),
  }
}
