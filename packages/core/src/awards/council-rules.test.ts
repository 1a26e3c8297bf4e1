import { describe, expect, it } from 'vitest'
import {
  checkQuorum,
  decideVote,
  findCouncilProblems,
  findTallyProblems,
  minimumForShare,
  DEFAULT_COUNCIL_RULES,
} from './council-rules'

describe('council quorum and vote', () => {
  it('needs at least 2/3 of members present, exactly', () => {
    expect(minimumForShare(9, DEFAULT_COUNCIL_RULES.quorum)).toBe(6)
    expect(minimumForShare(10, DEFAULT_COUNCIL_RULES.quorum)).toBe(7)
    expect(checkQuorum(9, 6).met).toBe(true)
    expect(checkQuorum(9, 5)).toMatchObject({ met: false, required: 6 })
    expect(checkQuorum(0, 0).met).toBe(false)
  })

  it('passes with more than half of the members convened, not of those present', () => {
    const tally = { convened: 9, present: 7, votesFor: 5, votesAgainst: 2 }
    expect(decideVote(tally)).toMatchObject({ ok: true, passed: true, required: 5 })
    expect(decideVote({ ...tally, votesFor: 4, votesAgainst: 3 })).toMatchObject({
      ok: true,
      passed: false,
    })
    // 4 of 8 is half, not more than half.
    expect(decideVote({ convened: 8, present: 8, votesFor: 4, votesAgainst: 4 })).toMatchObject({
      passed: false,
      required: 5,
    })
  })

  it('refuses an impossible tally and an inquorate meeting', () => {
    expect(
      findTallyProblems({ convened: 5, present: 6, votesFor: 1, votesAgainst: 0 }),
    ).toHaveLength(1)
    expect(
      findTallyProblems({ convened: 9, present: 6, votesFor: 5, votesAgainst: 2 })[0],
    ).toContain('vượt số thành viên có mặt')
    expect(
      findTallyProblems({ convened: 9, present: 6, votesFor: -1, votesAgainst: 0 }),
    ).toHaveLength(1)
    const outcome = decideVote({ convened: 9, present: 5, votesFor: 5, votesAgainst: 0 })
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.problems[0]).toContain('cần ít nhất 6')
  })

  it('marks the rule as an assumption until a legal text confirms it', () => {
    expect(DEFAULT_COUNCIL_RULES.assumption).toBe(true)
  })

  it('wants one chair, one secretary and no duplicate names', () => {
    expect(
      findCouncilProblems([
        { name: 'A', role: 'chair' },
        { name: 'B', role: 'secretary' },
        { name: 'C', role: 'member' },
      ]),
    ).toEqual([])
    expect(
      findCouncilProblems([
        { name: 'A', role: 'member' },
        { name: 'a ', role: 'secretary' },
      ]),
    ).toHaveLength(2)
  })
})
