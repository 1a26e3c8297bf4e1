// What the activity log can honestly say about a unit's year. A log of sessions counts contacts,
// not distinct people: a household reached by three sessions is one household. So a `reached`
// figure is a lower bound — the most one activity reached — never a sum of sessions:
// - households: the larger of the most households one session of the whole unit reached and,
//   summed over its residential areas, the most one session of each area reached (areas do not
//   overlap, so their sum still counts no household twice); capped at the unit's households;
// - staff, pupils: the most one session of the unit reached, capped at the unit's staff, pupils;
// - propagandists trained: the most one training of the unit's propagandists reached;
// - articles and broadcasts: the number of items the unit's territory logged (each is one item).
// The targets engine computes the same in SQL (targets.activities.ts); this is the report
// form's comparison and the rule's executable statement.
import type { RecordedFigure } from '../statistics/crime-statistics-rules'
import { activityFigureOfTypedField, type ActivityLogFigure } from './activity-log'

export type ActivityRecord = {
  unitId: number
  /** The unit the activity was held in: the unit itself, or a residential area under it. */
  unitKind: string
  parentId: number | null
  kind: string
  audience: string
  reached: number | null
}

export type ActivityFigureUnit = {
  id: number
  households: number | null
  staff: number | null
  pupils: number | null
}

type Figures = Record<ActivityLogFigure, number | null>

const REACHING = new Set(['session', 'conference'])

const cap = (value: number, total: number | null) =>
  total === null ? value : Math.min(value, total)

function mostReached(
  records: readonly ActivityRecord[],
  keep: (record: ActivityRecord) => boolean,
) {
  return records.filter(keep).reduce((most, record) => Math.max(most, record.reached ?? 0), 0)
}

/**
 * The log's figures of `unit` from the records of its subtree for one year (null: nothing logged).
 * @example activityFiguresOf({ id: 1, households: 500, staff: null, pupils: null }, [{ unitId: 1, unitKind: 'commune', parentId: 9, kind: 'session', audience: 'households', reached: 120 }]).households_reached // 120
 */
export function activityFiguresOf(
  unit: ActivityFigureUnit,
  records: readonly ActivityRecord[],
): Figures {
  const none = { households_reached: null, staff_reached: null, pupils_reached: null }
  if (records.length === 0)
    return {
      ...none,
      propagandists_trained: null,
      provincial_articles: null,
      district_broadcasts: null,
    }
  const own = records.filter((record) => record.unitId === unit.id)
  const reaching = (audience: string) => (record: ActivityRecord) =>
    REACHING.has(record.kind) && record.audience === audience
  const areas = new Map<number, number>()
  for (const record of records)
    if (
      record.unitKind === 'residential_area' &&
      record.parentId === unit.id &&
      reaching('households')(record)
    )
      areas.set(record.unitId, Math.max(areas.get(record.unitId) ?? 0, record.reached ?? 0))
  const areaSum = [...areas.values()].reduce((total, value) => total + value, 0)
  const count = (kind: string) => records.filter((record) => record.kind === kind).length
  return {
    households_reached: cap(
      Math.max(mostReached(own, reaching('households')), areaSum),
      unit.households,
    ),
    staff_reached: cap(mostReached(own, reaching('staff')), unit.staff),
    pupils_reached: cap(mostReached(own, reaching('pupils')), unit.pupils),
    propagandists_trained: mostReached(own, (record) => record.kind === 'training'),
    provincial_articles: count('provincial_article'),
    district_broadcasts: count('district_broadcast'),
  }
}

/**
 * Beside each typed report figure the log stands for, the log's figure; a typed number that
 * disagrees is flagged. A blank typed figure or an empty log is no disagreement.
 * @example compareActivityFigures(['media.provincial_articles'], { 'media.provincial_articles': 25 }, { provincial_articles: 21 })['media.provincial_articles'] // { recorded: 21, differs: true }
 */
export function compareActivityFigures(
  fieldIds: readonly string[],
  typed: Readonly<Record<string, unknown>>,
  figures: Partial<Figures>,
): Record<string, RecordedFigure> {
  const out: Record<string, RecordedFigure> = {}
  for (const id of fieldIds) {
    const figure = activityFigureOfTypedField(id)
    if (!figure) continue
    const recorded = figures[figure.id] ?? null
    const value = typed[id]
    out[id] = {
      recorded,
      differs: typeof value === 'number' && recorded !== null && value !== recorded,
    }
  }
  return out
}
