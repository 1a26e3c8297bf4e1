// An award decision (quyết định khen thưởng): one award form, signed by the authorised level,
// listing the nominations the council passed. The quota is enforced when the decision is made,
// against what earlier decisions (not revoked) of the same form and year already used.
import type { Quota } from '../plans/plan-awards'

export const DECISION_STATUSES = ['signed', 'revoked'] as const
export type DecisionStatus = (typeof DECISION_STATUSES)[number]
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  signed: 'Đã ký ban hành',
  revoked: 'Đã hủy bỏ',
}

export type DecisionItemInput = {
  nominationId: number
  subjectKind: 'collective' | 'individual'
  /** The nomination's current status and whether the council's vote passed it. */
  status: string
  votePassed: boolean | null
  awardFormId: string
}

/** Why these nominations cannot go into one decision of this form; empty when they can. */
export function findDecisionProblems(
  awardFormId: string,
  items: readonly DecisionItemInput[],
): string[] {
  if (items.length === 0) return ['Quyết định phải có ít nhất một tập thể hoặc cá nhân']
  const problems: string[] = []
  for (const item of items) {
    const label = `Đề nghị #${item.nominationId}`
    if (item.awardFormId !== awardFormId)
      problems.push(`${label} đề nghị hình thức khen thưởng khác`)
    else if (item.status !== 'reviewed')
      problems.push(`${label} chưa được Hội đồng xét (trạng thái hiện tại không cho phép)`)
    else if (item.votePassed !== true)
      problems.push(`${label} không đạt số phiếu đồng ý của Hội đồng`)
  }
  const ids = items.map((item) => item.nominationId)
  if (new Set(ids).size !== ids.length) problems.push('Một đề nghị được ghi hai lần')
  return problems
}

/** The most a form may award in a year: a fixed count, an allocation from above, or none. */
export function decisionQuotaLimit(quota: Quota, allocated: number | null = null): number | null {
  if (quota.type === 'fixed') return quota.count
  if (quota.type === 'allocated') return allocated
  return null
}

export type DecisionQuotaUse = {
  formName: string
  /** Whose count it is when allocated ("Huyện Bắc Quang"); null for the whole campaign. */
  scopeName?: string | null
  /** null: no limit (discretion, or an allocation not yet recorded). */
  limit: number | null
  /** Awards of the form already decided this year (revoked ones excluded). */
  decided: number
  adding: number
}

export type DecisionQuotaCheck =
  | { ok: true; used: number; limit: number | null; message: string }
  | { ok: false; used: number; limit: number; message: string }

/**
 * "Vượt chỉ tiêu: đã quyết định 9/9 Cờ thi đua xuất sắc của UBND tỉnh, không thể thêm 1".
 * @example checkDecisionQuota({ formName: 'Bằng khen', limit: 100, decided: 99, adding: 2 }).ok // false
 */
export function checkDecisionQuota(use: DecisionQuotaUse): DecisionQuotaCheck {
  const used = use.decided + use.adding
  if (use.limit === null)
    return { ok: true, used, limit: null, message: `${used} ${use.formName} (không giới hạn)` }
  if (used <= use.limit)
    return { ok: true, used, limit: use.limit, message: `${used}/${use.limit} ${use.formName}` }
  return {
    ok: false,
    used,
    limit: use.limit,
    message: `Vượt chỉ tiêu: đã quyết định ${use.decided}/${use.limit} ${use.formName}${use.scopeName ? ` (chỉ tiêu của ${use.scopeName})` : ''}, không thể thêm ${use.adding} (còn lại ${Math.max(0, use.limit - use.decided)})`,
  }
}

export type ListedAwardee = { subjectKind: 'collective' | 'individual'; sortKey: string }

/** The attached list groups collectives (I.) before individuals (II.), each in name order. */
export function groupAwardees<T extends ListedAwardee>(
  items: readonly T[],
): { collectives: T[]; individuals: T[] } {
  const byName = (a: T, b: T) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)
  return {
    collectives: items.filter((item) => item.subjectKind === 'collective').sort(byName),
    individuals: items.filter((item) => item.subjectKind === 'individual').sort(byName),
  }
}
