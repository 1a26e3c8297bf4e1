// A label claims enforcement only where a test proves it (issue 10, item 3): every enforced
// deadline kind names an API test that exists and holds the named test; the rest are shown only.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  DEADLINE_ENFORCEMENT,
  ENFORCED_DEADLINE_CLOSES,
  isDeadlineEnforced,
  type DeadlineKind,
} from './plan-enforcement'
import { DEADLINE_CLOSES } from './plan-schedule'

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

describe('the deadline enforcement table', () => {
  it.each(ENFORCED_DEADLINE_CLOSES)('%s: its proving test exists', (kind) => {
    const proof = DEADLINE_ENFORCEMENT[kind].proof
    expect(proof).not.toBeNull()
    const text = readFileSync(`${ROOT}${proof?.file ?? ''}`, 'utf8')
    expect(text).toContain(proof?.test)
    expect(text).toContain(DEADLINE_ENFORCEMENT[kind].code)
  })

  it('covers every kind; report deadlines are shown only, every enforced kind names its paths', () => {
    expect(Object.keys(DEADLINE_ENFORCEMENT).sort()).toEqual([...DEADLINE_CLOSES].sort())
    expect(ENFORCED_DEADLINE_CLOSES).toEqual(
      expect.arrayContaining([
        'registration',
        'dossier',
        'appraisal',
        'recognition',
        'campaign_end',
        'plan_submission',
      ]),
    )
    for (const kind of ['report'] as DeadlineKind[])
      expect(DEADLINE_ENFORCEMENT[kind]).toMatchObject({ enforced: false, proof: null })
    for (const kind of ENFORCED_DEADLINE_CLOSES)
      expect(DEADLINE_ENFORCEMENT[kind].paths.length).toBeGreaterThan(0)
  })

  it('enforces a dated deadline of an enforced kind only', () => {
    const base = { date: '2024-04-20', annual: null }
    expect(isDeadlineEnforced({ ...base, closes: 'registration' })).toBe(true)
    expect(isDeadlineEnforced({ date: null, annual: '03-30', closes: 'registration' })).toBe(true)
    expect(isDeadlineEnforced({ date: null, annual: null, closes: 'registration' })).toBe(false)
    expect(isDeadlineEnforced({ ...base, closes: 'report' })).toBe(false)
    expect(isDeadlineEnforced({ date: null, annual: null, closes: 'plan_submission' })).toBe(false)
  })
})
