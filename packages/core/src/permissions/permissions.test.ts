// Scope across the 2025 reform (ADR 011): reads of plans, campaigns and nominations reach the
// legacy subtrees merged into the actor's scope; the unit register and every write do not.
import { describe, expect, it } from 'vitest'
import { can, readScopePaths, readScopeWithin, type Actor } from './permissions'

const owner: Actor = {
  accountId: 1,
  username: 'congan.tuyenquang',
  roles: ['plan_owner'],
  scopePath: '5.',
  legacyScopePaths: ['900.', '950.960.'],
}
const district = '900.910.'
const commune = '900.910.911.'

describe('a 2025 province with legacy subtrees merged into it', () => {
  it('reads plans, campaign data and nominations of the legacy units', () => {
    for (const permission of ['plans:read', 'campaign:read', 'nominations:read'] as const)
      expect(can(owner, permission, commune)).toBe(true)
    expect(can(owner, 'campaign:read', '950.960.961.')).toBe(true)
  })

  it('writes nothing there and keeps the unit register to its own subtree', () => {
    for (const permission of [
      'campaign:review',
      'units:write',
      'plans:write',
      'units:read',
    ] as const)
      expect(can(owner, permission, commune)).toBe(false)
    expect(can(owner, 'campaign:review', '5.6.')).toBe(true)
  })

  it('reads nothing of a legacy unit that did not merge into it', () => {
    expect(can(owner, 'campaign:read', '950.')).toBe(false)
    expect(can(owner, 'campaign:read', '800.810.')).toBe(false)
  })

  it('lists its own and the merged subtrees; narrows a plan issuer’s subtree', () => {
    expect(readScopePaths(owner)).toEqual(['5.', '900.', '950.960.'])
    expect(readScopePaths({ ...owner, scopePath: null })).toBeNull()
    expect(readScopeWithin(owner, district)).toBe(district)
    expect(readScopeWithin(owner, '950.')).toBe('950.960.')
    expect(readScopeWithin(owner, '800.')).toBeUndefined()
    expect(readScopeWithin({ ...owner, legacyScopePaths: undefined }, district)).toBeUndefined()
  })
})
