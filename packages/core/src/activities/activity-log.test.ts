import { describe, expect, it } from 'vitest'
import { checkActivityEntry } from './activity-log'
import {
  activityFiguresOf,
  compareActivityFigures,
  type ActivityRecord,
} from './activity-log-figures'

const commune = { id: 1, households: 1000, staff: null, pupils: null }
const record = (over: Partial<ActivityRecord>): ActivityRecord => ({
  ...{ unitId: 1, unitKind: 'commune', parentId: 0, kind: 'session' },
  ...{ audience: 'households', reached: 100 },
  ...over,
})

describe('activity log figures', () => {
  it('counts a household reached by three sessions once: the most one session reached', () => {
    const records = [120, 300, 80].map((reached) => record({ reached }))
    expect(activityFiguresOf(commune, records).households_reached).toBe(300)
  })

  it('adds residential areas (they do not overlap), each its largest session', () => {
    const area = (unitId: number, reached: number) =>
      record({ unitId, unitKind: 'residential_area', parentId: 1, reached })
    const records = [area(11, 200), area(11, 150), area(12, 250), record({ reached: 300 })]
    expect(activityFiguresOf(commune, records).households_reached).toBe(450)
  })

  it('never reports more households than the commune has', () => {
    const records = [11, 12, 13].map((unitId) =>
      record({ unitId, unitKind: 'residential_area', parentId: 1, reached: 400 }),
    )
    expect(activityFiguresOf(commune, records).households_reached).toBe(1000)
  })

  it('counts articles and broadcasts of the territory, trainings as the largest', () => {
    const records = [
      record({ unitId: 5, kind: 'provincial_article', audience: 'public', reached: null }),
      record({ unitId: 6, kind: 'provincial_article', audience: 'public', reached: null }),
      record({ kind: 'district_broadcast', audience: 'public', reached: null }),
      record({ kind: 'training', audience: 'propagandists', reached: 14 }),
      record({ kind: 'training', audience: 'propagandists', reached: 9 }),
    ]
    const figures = activityFiguresOf(commune, records)
    expect(figures).toMatchObject({ provincial_articles: 2, district_broadcasts: 1 })
    expect(figures).toMatchObject({ propagandists_trained: 14, households_reached: 0 })
  })

  it('has no figure for a unit that logged nothing', () => {
    expect(activityFiguresOf(commune, []).households_reached).toBeNull()
  })

  it('flags a typed figure that disagrees with the log', () => {
    const typed = { 'propaganda.households_reached': 950, 'media.provincial_articles': 21 }
    const out = compareActivityFigures(Object.keys(typed), typed, {
      households_reached: 900,
      provincial_articles: 21,
    })
    expect(out['propaganda.households_reached']).toEqual({ recorded: 900, differs: true })
    expect(out['media.provincial_articles']).toEqual({ recorded: 21, differs: false })
  })
})

describe('activity entry', () => {
  const entry = { heldOn: '2024-03-02', kind: 'session', audience: 'households', reached: 120 }
  it('accepts a session with its number reached', () => {
    expect(() => checkActivityEntry({ ...entry, title: 'Họp thôn' }, '2024-03-05')).not.toThrow()
  })
  it('refuses a future date, a missing number, a training not for propagandists', () => {
    const check = (over: object) => () =>
      checkActivityEntry({ ...entry, title: '', ...over }, '2024-03-05')
    expect(check({ heldOn: '2024-03-06' })).toThrow(/sau hôm nay/)
    expect(check({ reached: null })).toThrow(/số người hoặc số hộ/)
    expect(check({ kind: 'training' })).toThrow(/báo cáo viên/)
  })
})
