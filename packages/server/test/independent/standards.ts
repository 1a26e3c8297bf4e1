// The unit standards as the plans' words read them (issue 12 item 5), straight from the records:
// "xã đạt chỉ tiêu 19.2" in a year is the unit's own record of that standard in force on the
// plan year's last day — 14/12 on NĐ 09/2019's calendar, which every seed plan keeps: the
// latest record begun by then, not expired by then — saying "đạt". A unit with no record begun
// by then is unknown (null): not met in a share, no data in a count.
import { one } from './scope-walk'

/** SQL per unit: true / false when the unit has a record of `kind` begun by 14/12, else null. */
export const standardHeld = (kind: string, year: number) =>
  `(SELECT s.status = 'dat' AND (s.valid_to IS NULL OR s.valid_to >= '${year}-12-14')
    FROM unit_standards s WHERE s.unit_id = f.id AND s.kind = '${kind}'
      AND s.valid_from <= '${year}-12-14'
    ORDER BY s.valid_from DESC LIMIT 1)`

/** 1 when the unit holds the standard at the year's end, else 0. */
export const holds = (kind: string, year: number) =>
  one(`coalesce(${standardHeld(kind, year)}, false)`)

/** A count's data: the unit has a record of the kind. */
export const hasStandard = (kind: string, year: number) => `${standardHeld(kind, year)} IS NOT NULL`
