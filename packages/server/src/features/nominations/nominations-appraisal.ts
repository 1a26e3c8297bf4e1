// The appraisal gate (thẩm định): the plan's appraisal deadline (closes: appraisal, e.g. plan
// 000 "hoàn thành trước ngày 10/11/2024"), then the nomination judged again as at submission.
// Eligibility failures are always refused: the laws we hold (legal.md) give the appraising
// body no power to pass over an unmet condition, and an appraisal that breaks the law is a
// ground to revoke the award (§5.5 c). A missing dossier item may be passed over by the
// appraiser only with a written reason, kept in the append-only history (action
// `appraise_override`) and printed on the tờ trình and danh sách.
import { AppError, checkPlanDeadline } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import { loadDeadlineExtensions } from '../deadline-extensions/deadline-extensions.read'
import { assessNomination } from './nominations.assess'
import { loadPlan, today } from './nominations.context'
import type { NominationRecord } from './nominations.repository'

/** The history action of an appraisal that passed over a missing dossier item. */
export const APPRAISE_OVERRIDE = 'appraise_override'
const MIN_REASON = 10

export type AppraisalRequest = { overrideDossier: boolean; reason: string | null }
export type AppraisalOutcome = {
  action: 'appraise' | typeof APPRAISE_OVERRIDE
  note: string | null
}

/** Refuses an appraisal past the deadline (no extension) or of an ineligible nomination. */
export async function checkAppraisal(
  deps: Deps,
  tx: Kysely<Database>,
  row: NominationRecord,
  request: AppraisalRequest,
): Promise<AppraisalOutcome> {
  const handle = await loadPlan(tx, row.plan_id)
  const date = today(deps)
  const extensions = await loadDeadlineExtensions(
    tx,
    { planKey: row.plan_key, closes: 'appraisal', year: row.year },
    row.proposing_unit_path,
  )
  const deadline = checkPlanDeadline(handle.plan, 'appraisal', {
    year: row.year,
    date,
    unitId: row.proposing_unit_id,
    extensions,
  })
  if (!deadline.open) throw new AppError('APPRAISAL_CLOSED', deadline.reason)
  const { eligibility, dossier, form } = await assessNomination(tx, handle, row, date)
  if (!eligibility.eligible)
    throw new AppError(
      'NOT_ELIGIBLE',
      `Không thể thẩm định: chưa đủ điều kiện đề nghị ${form.name}: ${eligibility.summary}`,
      eligibility.conditions
        .filter((condition) => condition.status !== 'pass')
        .map((condition) => ({ path: condition.key, message: condition.data })),
    )
  if (dossier.complete) return { action: 'appraise', note: null }
  const missing = dossier.missing.map((name) => ({ path: 'dossier', message: name }))
  if (!request.overrideDossier)
    throw new AppError(
      'DOSSIER_INCOMPLETE',
      `Không thể thẩm định: ${dossier.message}. Nếu vẫn thẩm định, cần ghi rõ lý do.`,
      missing,
    )
  const reason = request.reason?.trim() ?? ''
  if (reason.length < MIN_REASON) {
    const message = `Cần ghi lý do (ít nhất ${MIN_REASON} ký tự) khi thẩm định hồ sơ còn thiếu`
    throw new AppError('VALIDATION', message, [{ path: 'reason', message }])
  }
  return {
    action: APPRAISE_OVERRIDE,
    note: `Thẩm định khi hồ sơ còn thiếu: ${dossier.missing.join('; ')}. Lý do: ${reason}`,
  }
}
