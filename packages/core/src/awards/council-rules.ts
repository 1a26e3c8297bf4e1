// The reward council (Hội đồng Thi đua – Khen thưởng): its members' roles, when a meeting may
// decide (quorum) and when a nomination passes the vote. legal.md §5 holds neither rule, so
// both are data with an assumption flag that an administrator confirms or changes; the
// arithmetic stays in integers (a fraction, never a float) so 2/3 of 9 is exactly 6.

export const COUNCIL_ROLES = ['chair', 'vice_chair', 'secretary', 'member'] as const
export type CouncilRole = (typeof COUNCIL_ROLES)[number]

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên',
}

/** A share as a fraction; `strict` means "more than", otherwise "at least". */
export type Share = { numerator: number; denominator: number; strict: boolean }

export type CouncilRules = {
  /** Members present, as a share of members convened, for the meeting to decide. */
  quorum: Share
  /** Votes for, as a share of members convened, for a nomination to pass. */
  pass: Share
  /** Where the numbers come from; `assumption` until a legal text confirms them. */
  source: string
  assumption: boolean
}

/**
 * Common practice of emulation councils (meeting valid with at least 2/3 of members; a
 * proposal carried by more than half of all members). Not found in legal.md: an assumption.
 */
export const DEFAULT_COUNCIL_RULES: CouncilRules = {
  quorum: { numerator: 2, denominator: 3, strict: false },
  pass: { numerator: 1, denominator: 2, strict: true },
  source: 'Thông lệ Hội đồng Thi đua – Khen thưởng (chưa có căn cứ trong tài liệu pháp lý)',
  assumption: true,
}

/** Whether `count` of `total` reaches the share (integer arithmetic). */
export function meetsShare(count: number, total: number, share: Share): boolean {
  const left = count * share.denominator
  const right = total * share.numerator
  return share.strict ? left > right : left >= right
}

/** The smallest count of `total` that reaches the share, e.g. 6 of 9 for "at least 2/3". */
export function minimumForShare(total: number, share: Share): number {
  for (let count = 0; count <= total; count++) if (meetsShare(count, total, share)) return count
  return total + 1
}

export type Tally = { convened: number; present: number; votesFor: number; votesAgainst: number }

/** Problems with a tally, in Vietnamese; empty when for + against ≤ present ≤ convened. */
export function findTallyProblems(tally: Tally): string[] {
  const problems: string[] = []
  const values = [tally.convened, tally.present, tally.votesFor, tally.votesAgainst]
  if (values.some((value) => !Number.isInteger(value) || value < 0))
    return ['Số thành viên và số phiếu phải là số nguyên không âm']
  if (tally.convened === 0) problems.push('Hội đồng phải có ít nhất một thành viên được triệu tập')
  if (tally.present > tally.convened)
    problems.push(
      `Số thành viên có mặt (${tally.present}) vượt số được triệu tập (${tally.convened})`,
    )
  if (tally.votesFor + tally.votesAgainst > tally.present)
    problems.push(
      `Tổng phiếu đồng ý và không đồng ý (${tally.votesFor + tally.votesAgainst}) vượt số thành viên có mặt (${tally.present})`,
    )
  return problems
}

export type QuorumCheck = { met: boolean; required: number; message: string }

export function checkQuorum(
  convened: number,
  present: number,
  rules = DEFAULT_COUNCIL_RULES,
): QuorumCheck {
  const required = minimumForShare(convened, rules.quorum)
  const met = convened > 0 && meetsShare(present, convened, rules.quorum)
  const message = met
    ? `Đủ điều kiện họp: ${present}/${convened} thành viên có mặt (tối thiểu ${required})`
    : `Không đủ điều kiện họp: ${present}/${convened} thành viên có mặt, cần ít nhất ${required}`
  return { met, required, message }
}

export type VoteOutcome =
  | { ok: false; problems: string[] }
  | { ok: true; passed: boolean; required: number; quorum: QuorumCheck; message: string }

/** The outcome of one nomination's vote: a valid tally, a quorate meeting, enough votes for. */
export function decideVote(tally: Tally, rules = DEFAULT_COUNCIL_RULES): VoteOutcome {
  const problems = findTallyProblems(tally)
  if (problems.length > 0) return { ok: false, problems }
  const quorum = checkQuorum(tally.convened, tally.present, rules)
  if (!quorum.met) return { ok: false, problems: [quorum.message] }
  const required = minimumForShare(tally.convened, rules.pass)
  const passed = meetsShare(tally.votesFor, tally.convened, rules.pass)
  const message = `${tally.votesFor}/${tally.convened} thành viên đồng ý (${passed ? 'đạt' : 'không đạt'}, cần ít nhất ${required})`
  return { ok: true, passed, required, quorum, message }
}

export type CouncilMemberInput = { name: string; role: CouncilRole }

/** A council has exactly one chair and one secretary, and no one listed twice. */
export function findCouncilProblems(members: readonly CouncilMemberInput[]): string[] {
  const problems: string[] = []
  const count = (role: CouncilRole) => members.filter((member) => member.role === role).length
  if (count('chair') !== 1) problems.push('Hội đồng phải có đúng một Chủ tịch')
  if (count('secretary') !== 1) problems.push('Hội đồng phải có đúng một Thư ký')
  const names = members.map((member) => member.name.trim().toLowerCase())
  if (new Set(names).size !== names.length) problems.push('Một người được ghi tên hai lần')
  return problems
}
