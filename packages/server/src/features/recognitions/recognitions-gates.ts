// Two gates of the recognition route the plan sets: the unit must have registered when the
// route starts with registration (plan 001: "Trước 30/3 hàng năm"), and evaluating and
// recognising close on the plan's recognition deadline (closes: recognition, plan 001 "hoàn
// thành xét, công nhận: 25/10 hàng năm") unless an audited extension reaches the unit.
import {
  AppError,
  checkPlanDeadline,
  checkRecognitionRegistration,
  vietnamDateOf,
  type Plan,
  type RecognitionKind,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { loadDeadlineExtensions } from '../deadline-extensions/deadline-extensions.read'
import { findPlanById } from '../plans/plans.repository'
import { findRegistration } from './recognitions.repository'

type Db = Kysely<Database>
type Subject = { unit_id: number; unit_path: string; kind: string; year: number; plan_key: string }

/** NOT_ELIGIBLE when the plan recognises only registered units and this one did not register. */
export async function assertRegistered(db: Db, plan: Plan, subject: Subject) {
  const row = await findRegistration(db, subject.plan_key, subject.unit_id, subject.year)
  const problem = checkRecognitionRegistration(
    plan,
    subject.kind as RecognitionKind,
    subject.year,
    row ? { takePart: row.take_part, buildsExemplary: row.builds_exemplary } : null,
  )
  if (problem)
    throw new AppError('NOT_ELIGIBLE', problem, [{ path: 'registration', message: problem }])
}

/**
 * RECOGNITION_CLOSED when `now` (or the decision's own date, when later) is past the plan's
 * recognition deadline for the year and no extension reaches the unit.
 */
export async function assertRecognitionOpen(
  db: Db,
  plan: Plan,
  subject: Subject,
  now: Date,
  decisionDate?: string,
) {
  const today = vietnamDateOf(now)
  const date = decisionDate && decisionDate > today ? decisionDate : today
  const extensions = await loadDeadlineExtensions(
    db,
    { planKey: subject.plan_key, closes: 'recognition', year: subject.year },
    subject.unit_path,
  )
  const check = checkPlanDeadline(plan, 'recognition', {
    year: subject.year,
    date,
    unitId: subject.unit_id,
    extensions,
  })
  if (!check.open) throw new AppError('RECOGNITION_CLOSED', check.reason)
}

export async function loadRecognitionPlan(db: Db, planId: number): Promise<Plan> {
  const row = await findPlanById(db, planId)
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch')
  return row.definition as Plan
}
