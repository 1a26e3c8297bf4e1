// Which login attempts are refused before their password is checked (issue 15 item 1). Failures
// slow down the source that fails, never the account's owner elsewhere: an account is locked
// only for the source that failed on it, and a source's or an account's many failures only stop
// the sources that already failed on that account. So a correct password from a source that has
// not failed on the account is always checked. The price: a source spraying one guess over many
// accounts gets one guess per account per window (the per-source limit cannot stop that without
// also locking every honest user behind the same office NAT) — see ADR 024.

export const LOGIN_LIMITS = {
  windowMinutes: 15,
  /** Failures of one account from one source before that source is locked out of it. */
  perSourceAndAccount: 5,
  /** Failures from one source (any account) before it gets one guess per account. */
  perSource: 30,
  /** Failures on one account (any source) before each source gets one guess at it. */
  perAccount: 100,
} as const

export type LoginFailures = {
  /** Failures in the window of this account from this source. */
  sourceAndAccount: number
  /** Failures in the window from this source, any account. */
  source: number
  /** Failures in the window on this account, any source. */
  account: number
}

export type LoginDecision = 'check' | 'refuse'

/**
 * @example decideLoginAttempt({ sourceAndAccount: 0, source: 500, account: 500 }) // 'check'
 * @example decideLoginAttempt({ sourceAndAccount: 5, source: 5, account: 5 }) // 'refuse'
 */
export function decideLoginAttempt(
  failures: LoginFailures,
  limits: typeof LOGIN_LIMITS = LOGIN_LIMITS,
): LoginDecision {
  if (failures.sourceAndAccount >= limits.perSourceAndAccount) return 'refuse'
  const crowded = failures.source >= limits.perSource || failures.account >= limits.perAccount
  return crowded && failures.sourceAndAccount >= 1 ? 'refuse' : 'check'
}
