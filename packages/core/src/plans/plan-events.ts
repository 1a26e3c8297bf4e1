// Events a plan orders every year: the "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" (QĐ 521/2005:
// 19/8 each year, held in practice as a season) and the forums "Công an lắng nghe ý kiến Nhân
// dân". Which levels hold one and the yearly window are the plan's data, never constants in
// code; the record of an event held lives in the database (server features/events).
import { z } from 'zod'
import { TASK_OWNER_LEVELS } from './plan-bodies'
import type { PathSegment, PlanIssue } from './plan-issues'
import { AnnualDate, clause, ElementId } from './plan-primitives'

export const PLAN_EVENT_KINDS = ['ngay_hoi', 'dien_dan'] as const
export type PlanEventKind = (typeof PLAN_EVENT_KINDS)[number]

export const PLAN_EVENT_KIND_LABELS: Record<PlanEventKind, string> = {
  ngay_hoi: 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc',
  dien_dan: 'Diễn đàn Công an lắng nghe ý kiến Nhân dân',
}

export const PlanEvent = z.strictObject({
  ...clause,
  id: ElementId,
  kind: z.enum(PLAN_EVENT_KINDS),
  /** What is held, in a short sentence; `text` keeps the clause verbatim. */
  label: z.string().min(1).max(300),
  /** Levels whose every unit holds one ("từ huyện đến cơ sở": district and commune). */
  levels: z.array(z.enum(TASK_OWNER_LEVELS)).min(1, 'Cần ít nhất một cấp tổ chức'),
  /** Each year of the plan's period (hằng năm). */
  schedule: z.literal('yearly').default('yearly'),
  /** The yearly window, mm-dd: null start is 1 January, null end 31 December. */
  windowStart: AnnualDate.nullable().default(null),
  windowEnd: AnnualDate.nullable().default(null),
  /** Where the window comes from when not from the clause ("QĐ 521/2005/QĐ-TTg: ngày 19/8"). */
  basis: z.string().min(1).max(300).nullable().default(null),
})
export type PlanEvent = z.infer<typeof PlanEvent>

/** Ids unique and a window that does not run backwards. */
export function checkPlanEvents(plan: { events: readonly PlanEvent[] }): PlanIssue[] {
  const seen = new Map<string, number>()
  return plan.events.flatMap((event, i): PlanIssue[] => {
    const path: PathSegment[] = ['events', i]
    const issues: PlanIssue[] = []
    const first = seen.get(event.id)
    if (first === undefined) seen.set(event.id, i)
    else
      issues.push({
        path: [...path, 'id'],
        message: `Mã '${event.id}' bị trùng với phần tử thứ ${first + 1}`,
      })
    if (
      event.windowStart !== null &&
      event.windowEnd !== null &&
      event.windowEnd < event.windowStart
    )
      issues.push({ path: [...path, 'windowEnd'], message: 'Hạn tổ chức trước ngày bắt đầu' })
    return issues
  })
}
