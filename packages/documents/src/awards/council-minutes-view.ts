// Biên bản họp Hội đồng Thi đua – Khen thưởng (NĐ 30 Phụ lục III, mẫu 1.9): who was convened
// and present, the quorum, the agenda, and per nomination the vote tally and the outcome.
import type { AwardHeaderView } from './award-views'

export type CouncilRole = 'chair' | 'vice_chair' | 'secretary' | 'member'

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên',
}

export type CouncilMemberView = {
  name: string
  /** The member's post, e.g. "Phó Giám đốc Công an tỉnh". */
  position: string
  role: CouncilRole
  present: boolean
  /** Why an absent member was away; null when not given. */
  absenceReason: string | null
}

export type CouncilVoteOutcome = 'approved' | 'rejected'

export type CouncilVoteView = {
  /** The nominee: a collective's name or a person's name. */
  nominee: string
  awardForm: string
  /** Members convened, present, for and against, as counted for this nomination. */
  convened: number
  present: number
  votesFor: number
  votesAgainst: number
  outcome: CouncilVoteOutcome
}

export type CouncilMinutesView = {
  /** Numbered "Số: n/BB-<issuerCode>". */
  header: AwardHeaderView
  /** Trích yếu, e.g. "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2025". */
  summary: string
  councilName: string
  /** yyyy-mm-ddTHH:mm of the opening and HH:mm of the close. */
  startedAt: string
  endedAt: string
  /** Where the meeting took place. */
  location: string
  members: readonly CouncilMemberView[]
  /** The fewest members present for a valid meeting under the council's rules. */
  quorumRequired: number
  agenda: readonly string[]
  votes: readonly CouncilVoteView[]
  /** The share printed against "for" votes: of the members convened or of those present. */
  voteBase: 'convened' | 'present'
  /** Further conclusions of the meeting, one paragraph each. */
  conclusions: readonly string[]
}
