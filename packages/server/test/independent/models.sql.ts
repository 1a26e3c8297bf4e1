// The model register read from its raw tables (issue 12 items 1, 6), written from the clauses,
// not from the engine: "mỗi xã … duy trì ít nhất 01 mô hình … hoạt động thiết thực, hiệu quả"
// names each xã, cơ quan, doanh nghiệp, cơ sở giáo dục as an obligee — a unit has a model when
// the model is hosted by the unit or by one of its khu dân cư, or has a site (HD 22 "điểm") in
// either (an agency's model inside a commune is the agency's, not the commune's); it counts in
// the year when it began by 31/12 and was not dissolved or replaced by then; "hiệu quả" is its
// latest review of the year rated Tốt or Khá, "phân loại Tốt" Tốt (assumed, ADR 019). The demo year of every plan is 2024.
const YEAR = 2024
const END = `'${YEAR}-12-31'`
const LATEST = `(SELECT r.rating FROM model_reviews r WHERE r.model_id = m.id AND r.year = ${YEAR}
  ORDER BY array_position(ARRAY['q1', 'h1', 'q3', 'year'], r.period) DESC LIMIT 1)`

/** How many of the register's bodies of `body` the unit `f` has, among those meeting `also`. */
export function registered(body: 'model' | 'self_managed_board', also = 'true') {
  const own = `(su.id = f.id OR (su.parent_id = f.id AND su.kind = 'residential_area'))`
  return `(SELECT count(*)::float8 FROM models m
    WHERE m.id IN (SELECT mm.id FROM models mm JOIN units su ON su.id = mm.host_unit_id
          WHERE ${own}
        UNION SELECT s.model_id FROM model_sites s JOIN units su ON su.id = s.unit_id
          WHERE ${own})
      AND m.body = '${body}' AND m.started_on <= ${END}
      AND (m.ended_on IS NULL OR m.ended_on > ${END}) AND ${also})`
}

/** The same, counting only the bodies the unit hosts itself: "tỷ lệ mô hình …" counts each once. */
export function hosted(body: 'model' | 'self_managed_board', also = 'true') {
  return `(SELECT count(*)::float8 FROM models m
    WHERE m.body = '${body}' AND m.started_on <= ${END}
      AND (m.ended_on IS NULL OR m.ended_on > ${END}) AND ${also} AND m.host_unit_id = f.id)`
}

export const EFFECTIVE_MODELS = registered('model', `${LATEST} IN ('tot', 'kha')`)
export const MODELS = hosted('model')
export const MODELS_WITH_ZALO = hosted('model', `coalesce(m.zalo_group, '') <> ''`)
export const BOARDS = hosted('self_managed_board')
export const EFFECTIVE_BOARDS = hosted('self_managed_board', `${LATEST} IN ('tot', 'kha')`)
