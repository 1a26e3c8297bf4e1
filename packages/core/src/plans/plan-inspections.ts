// Inspections a plan orders (kiểm tra): who leads them (a body, or every unit of a level
// inspecting its own), who joins, which kinds of unit and which named places are inspected,
// and when ("trong tháng 7 năm 2024", "hằng năm"). The record of an inspection held lives in
// the database (server features/inspections); this is the plan's clause, encoded.
import { z } from 'zod'
import { UNIT_KINDS } from '../units/unit-kinds'
import { TASK_OWNER_LEVELS } from './plan-bodies'
import type { PathSegment, PlanIssue } from './plan-issues'
import { clause, ElementId, IdList, IsoDate } from './plan-primitives'

export const INSPECTION_SCHEDULES = ['once', 'six_monthly', 'yearly', 'continuous'] as const

export const PlanInspection = z.strictObject({
  ...clause,
  id: ElementId,
  /** What is inspected, in a short sentence; `text` keeps the clause verbatim. */
  label: z.string().min(1).max(300),
  /** The body that chủ trì the inspection (a `bodies` id); null when a level leads. */
  lead: ElementId.nullable().default(null),
  /** Levels whose every unit inspects the units under it ("Công an xã … đơn vị trực thuộc"). */
  leadLevels: z.array(z.enum(TASK_OWNER_LEVELS)).default([]),
  /** Bodies that phối hợp (`bodies` ids). */
  partners: IdList.default([]),
  /** Kinds of unit inspected. */
  inspects: z.array(z.enum(UNIT_KINDS)).min(1, 'Cần ít nhất một loại đơn vị được kiểm tra'),
  /** Places the plan names, as it writes them ("huyện Tân Châu"). */
  places: z.array(z.string().min(1).max(200)).max(50).default([]),
  schedule: z.enum(INSPECTION_SCHEDULES).default('once'),
  /** The window ("trong tháng 7 năm 2024": from 2024-07-01, due 2024-07-31). */
  from: IsoDate.nullable().default(null),
  due: IsoDate.nullable().default(null),
})
export type PlanInspection = z.infer<typeof PlanInspection>

/** Ids unique, bodies known, someone leading, a window that does not run backwards. */
export function checkPlanInspections(plan: {
  bodies: readonly { id: string }[]
  inspections: readonly PlanInspection[]
}): PlanIssue[] {
  const bodies = new Set(plan.bodies.map((body) => body.id))
  const seen = new Map<string, number>()
  return plan.inspections.flatMap((inspection, i): PlanIssue[] => {
    const path: PathSegment[] = ['inspections', i]
    const issues: PlanIssue[] = []
    const first = seen.get(inspection.id)
    if (first === undefined) seen.set(inspection.id, i)
    else
      issues.push({
        path: [...path, 'id'],
        message: `Mã '${inspection.id}' bị trùng với phần tử thứ ${first + 1}`,
      })
    const named: [PathSegment[], string][] = [
      ...(inspection.lead === null ? [] : [[['lead'], inspection.lead] as [PathSegment[], string]]),
      ...inspection.partners.map((id, j): [PathSegment[], string] => [['partners', j], id]),
    ]
    for (const [key, id] of named)
      if (!bodies.has(id))
        issues.push({
          path: [...path, ...key],
          message: `Cơ quan '${id}' không tồn tại trong kế hoạch`,
        })
    if (inspection.lead === null && inspection.leadLevels.length === 0)
      issues.push({
        path: [...path, 'lead'],
        message: 'Cuộc kiểm tra cần đơn vị chủ trì: một cơ quan hoặc một cấp',
      })
    if (inspection.from !== null && inspection.due !== null && inspection.due < inspection.from)
      issues.push({
        path: [...path, 'due'],
        message: 'Hạn kết thúc kiểm tra trước ngày bắt đầu',
      })
    return issues
  })
}
