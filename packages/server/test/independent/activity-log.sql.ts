// The activity log's figures for the independent check (issue 12 items 2 and 6), written from
// the clauses' words and ADR 020's reading of them — not from the engine's SQL:
// - "hộ dân trên địa bàn được tuyên truyền": one household reached by several sessions is one
//   household, so a commune's figure is the larger of its best-attended session (households)
//   and the sum, over its residential areas, of each area's best-attended session; never more
//   than the commune's households in the register;
// - "cán bộ … học sinh được tuyên truyền": the unit's best-attended session of that audience,
//   never more than its staff or pupils in the register;
// - "được tập huấn": the unit's largest training of propagandists;
// - "tin bài … đăng tải trên Báo, Đài tỉnh", "phát sóng trên … của huyện": the items logged in
//   the district's territory during the year.
// A unit whose territory logged nothing in the year has no figure.
const inYear = (year: number) =>
  `a.withdrawn_at IS NULL AND a.held_on BETWEEN '${year}-01-01' AND '${year}-12-31'`
const logged = (year: number) =>
  `EXISTS (SELECT 1 FROM activities a JOIN units au ON au.id = a.unit_id
    WHERE au.path LIKE f.path || '%' AND ${inYear(year)})`
const ownMost = (year: number, where: string) =>
  `coalesce((SELECT max(a.reached) FROM activities a WHERE a.unit_id = f.id AND ${where} AND ${inYear(year)}), 0)`
const onlyIfLogged = (year: number, expression: string) =>
  `(SELECT (${expression})::float8 WHERE ${logged(year)})`
const SESSION = `a.kind IN ('session', 'conference')`

export const activityLog = {
  households: (year: number) =>
    onlyIfLogged(
      year,
      `least(greatest(${ownMost(year, `${SESSION} AND a.audience = 'households'`)},
        coalesce((SELECT sum(area.most) FROM (SELECT max(a.reached) AS most FROM activities a
          JOIN units ra ON ra.id = a.unit_id
          WHERE ra.parent_id = f.id AND ra.kind = 'residential_area' AND ${SESSION}
            AND a.audience = 'households' AND ${inYear(year)} GROUP BY a.unit_id) area), 0)),
        f.households)`,
    ),
  staff: (year: number) =>
    onlyIfLogged(year, `least(${ownMost(year, `${SESSION} AND a.audience = 'staff'`)}, f.staff)`),
  pupils: (year: number) =>
    onlyIfLogged(year, `least(${ownMost(year, `${SESSION} AND a.audience = 'pupils'`)}, f.pupils)`),
  trained: (year: number) => onlyIfLogged(year, ownMost(year, `a.kind = 'training'`)),
  items: (year: number, kind: string) =>
    onlyIfLogged(
      year,
      `(SELECT count(*) FROM activities a JOIN units au ON au.id = a.unit_id
        WHERE au.path LIKE f.path || '%' AND a.kind = '${kind}' AND ${inYear(year)})`,
    ),
}
