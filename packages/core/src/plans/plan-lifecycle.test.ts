import { describe, expect, it } from 'vitest'
import {
  availablePlanActions,
  isPlanEditable,
  PLAN_ACTIONS,
  PLAN_STATUSES,
  PLAN_TRANSITIONS,
  transitionPlan,
  type PlanAction,
  type PlanStatus,
} from './plan-lifecycle'

const EXPECTED: Record<
  PlanStatus,
  Partial<Record<PlanAction, { status: PlanStatus; newVersion: boolean }>>
> = {
  draft: {
    edit: { status: 'draft', newVersion: false },
    publish: { status: 'published', newVersion: false },
  },
  published: {
    revise: { status: 'draft', newVersion: true },
    close: { status: 'closed', newVersion: false },
  },
  closed: {},
}

describe('plan lifecycle', () => {
  const pairs = PLAN_STATUSES.flatMap((status) =>
    PLAN_ACTIONS.map((action) => [status, action] as const),
  )

  it('covers every status and action', () => {
    expect(pairs).toHaveLength(PLAN_STATUSES.length * PLAN_ACTIONS.length)
    expect(Object.keys(PLAN_TRANSITIONS).sort()).toEqual([...PLAN_STATUSES].sort())
  })

  it.each(pairs)('%s + %s', (status, action) => {
    const expected = EXPECTED[status][action]
    const result = transitionPlan(status, action)
    if (expected) expect(result).toEqual({ ok: true, ...expected })
    else {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_TRANSITION')
        expect(result.error.message).toMatch(/^Không thể ".+" kế hoạch ở trạng thái ".+"$/)
      }
    }
  })

  it('lists the actions the UI may offer, from the same table', () => {
    expect(availablePlanActions('draft')).toEqual(['edit', 'publish'])
    expect(availablePlanActions('published')).toEqual(['revise', 'close'])
    expect(availablePlanActions('closed')).toEqual([])
  })

  it('lets only drafts change in place; a published plan changes by a new version', () => {
    expect(PLAN_STATUSES.filter(isPlanEditable)).toEqual(['draft'])
    expect(transitionPlan('published', 'edit').ok).toBe(false)
    expect(transitionPlan('published', 'revise')).toMatchObject({
      status: 'draft',
      newVersion: true,
    })
  })
})
