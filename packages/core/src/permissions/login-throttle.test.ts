import { describe, expect, it } from 'vitest'
import { decideLoginAttempt, LOGIN_LIMITS } from './login-throttle'

const none = { sourceAndAccount: 0, source: 0, account: 0 }

describe('decideLoginAttempt', () => {
  it('checks the password of a source that has not failed on the account, however busy', () => {
    expect(decideLoginAttempt(none)).toBe('check')
    expect(decideLoginAttempt({ sourceAndAccount: 0, source: 10_000, account: 10_000 })).toBe(
      'check',
    )
  })

  it('locks one source out of one account after its own failures only', () => {
    const four = LOGIN_LIMITS.perSourceAndAccount - 1
    expect(
      decideLoginAttempt({ ...none, sourceAndAccount: four, source: four, account: four }),
    ).toBe('check')
    const five = LOGIN_LIMITS.perSourceAndAccount
    expect(decideLoginAttempt({ sourceAndAccount: five, source: five, account: five })).toBe(
      'refuse',
    )
  })

  it('gives a crowded source or account one guess per source and account', () => {
    expect(
      decideLoginAttempt({ sourceAndAccount: 1, source: LOGIN_LIMITS.perSource, account: 1 }),
    ).toBe('refuse')
    expect(
      decideLoginAttempt({ sourceAndAccount: 1, source: 1, account: LOGIN_LIMITS.perAccount }),
    ).toBe('refuse')
    expect(
      decideLoginAttempt({ sourceAndAccount: 1, source: LOGIN_LIMITS.perSource - 1, account: 1 }),
    ).toBe('check')
  })
})
