// Date coherence: the period, phases inside it, and every due date, deadline and report date
// inside the period's years. Impossible calendar dates are already refused by the schema.
import type { PathSegment, PlanIssue } from './plan-issues'
import type { Plan } from './plan-schema'

type Bounds = { first: string; last: string }

function periodBounds(plan: Plan): Bounds {
  const { period } = plan
  return {
    first: period.start ?? `${period.startYear}-01-01`,
    last: period.end ?? (period.endYear === null ? '9999-12-31' : `${period.endYear}-12-31`),
  }
}

export function checkPlanDates(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = []
  const { period } = plan
  if (period.endYear !== null && period.endYear < period.startYear)
    issues.push({ path: ['period', 'endYear'], message: 'Năm kết thúc trước năm bắt đầu' })
  if (period.start && period.end && period.end < period.start)
    issues.push({ path: ['period', 'end'], message: 'Ngày kết thúc trước ngày bắt đầu' })
  if (period.start && Number(period.start.slice(0, 4)) !== period.startYear)
    issues.push({
      path: ['period', 'start'],
      message: `Ngày bắt đầu không thuộc năm ${period.startYear}`,
    })
  if (period.end && period.endYear !== null && Number(period.end.slice(0, 4)) !== period.endYear)
    issues.push({
      path: ['period', 'end'],
      message: `Ngày kết thúc không thuộc năm ${period.endYear}`,
    })

  const bounds = periodBounds(plan)
  const inside = (path: PathSegment[], date: string | null, what: string): void => {
    if (date !== null && (date < bounds.first || date > bounds.last))
      issues.push({
        path,
        message: `${what} ${formatVi(date)} nằm ngoài thời gian của kế hoạch (${formatVi(bounds.first)}–${formatVi(bounds.last)})`,
      })
  }

  period.phases.forEach((phase, i) => {
    if (phase.end < phase.start)
      issues.push({
        path: ['period', 'phases', i, 'end'],
        message: 'Giai đoạn kết thúc trước khi bắt đầu',
      })
    inside(['period', 'phases', i, 'start'], phase.start, 'Ngày bắt đầu giai đoạn')
    inside(['period', 'phases', i, 'end'], phase.end, 'Ngày kết thúc giai đoạn')
  })
  plan.targets.forEach((target, i) => {
    inside(['targets', i, 'due'], target.due, 'Hạn chỉ tiêu')
    target.milestones.forEach((milestone, j) => {
      const path = ['targets', i, 'milestones', j]
      if (milestone.due === null && milestone.phase === null)
        issues.push({ path, message: 'Mốc chỉ tiêu cần hạn (due) hoặc giai đoạn (phase)' })
      inside([...path, 'due'], milestone.due, 'Hạn của mốc')
      if (milestone.due !== null && target.due !== null && milestone.due > target.due)
        issues.push({
          path: [...path, 'due'],
          message: 'Mốc trung gian không được sau hạn cuối của chỉ tiêu',
        })
    })
  })
  plan.deadlines.forEach((deadline, i) => {
    // A unit plan may be asked for without a date ("cụ thể hóa"): an obligation, never refused.
    const undated = deadline.closes === 'plan_submission' && deadline.date === null
    if ((deadline.date === null) === (deadline.annual === null) && !undated)
      issues.push({
        path: ['deadlines', i],
        message:
          'Mốc thời hạn cần đúng một trong hai: date (ngày cụ thể) hoặc annual (ngày hằng năm)',
      })
    inside(['deadlines', i, 'date'], deadline.date, 'Thời hạn')
  })
  plan.reporting.obligations.forEach((obligation, i) => {
    if (obligation.date !== null && obligation.annual !== null)
      issues.push({
        path: ['reporting', 'obligations', i],
        message: 'Chỉ ghi một trong hai: date hoặc annual',
      })
    inside(['reporting', 'obligations', i, 'date'], obligation.date, 'Hạn báo cáo')
  })
  plan.tasks.forEach((task, i) => {
    inside(['tasks', i, 'due'], task.due, 'Hạn nhiệm vụ')
    inside(['tasks', i, 'from'], task.from, 'Ngày bắt đầu nhiệm vụ')
    if (task.from !== null && task.due !== null && task.due < task.from)
      issues.push({ path: ['tasks', i, 'due'], message: 'Hạn nhiệm vụ trước ngày bắt đầu' })
  })
  return issues
}

function formatVi(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}
