import { describe, expect, it } from 'vitest'
import {
  describeRevocationGround,
  findRevocationProblems,
  REVOCATION_GROUND_INFO,
  REVOCATION_GROUNDS,
} from './revocation-grounds'

describe('revocation grounds', () => {
  it('lists the four grounds of the law as points a–d, each with its source', () => {
    expect(REVOCATION_GROUNDS.map((ground) => REVOCATION_GROUND_INFO[ground].code)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ])
    for (const ground of REVOCATION_GROUNDS)
      expect(REVOCATION_GROUND_INFO[ground].source).toContain('legal.md §5.5')
    expect(describeRevocationGround('forged_dossier')).toMatch(/^điểm b: /)
  })

  it('refuses an unknown ground or a missing reason', () => {
    expect(
      findRevocationProblems({ ground: 'forged_dossier', reason: 'Hồ sơ giả mạo chữ ký' }),
    ).toEqual([])
    expect(findRevocationProblems({ ground: 'dislike', reason: '' })).toHaveLength(2)
  })
})
