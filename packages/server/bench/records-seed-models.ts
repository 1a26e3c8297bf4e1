// The model register at national size (issue 12 item 8), set-based: ≥ 1,000,000 models over the
// communes, residential areas, agencies, enterprises and schools (a hash picks each model's host,
// so hosts have 0–8 models, ~2 on average), sites in a commune model's residential areas, the
// 2025 yearly plans and the quarterly / six-month / nine-month / year reviews. Every draw is a
// hash of the row number, so every run and engine gets the same register.
import { sql } from 'kysely'
import { MODEL_RATING_THRESHOLDS, MODEL_TYPES } from '@antq/core'
import type { Deps } from '../src/deps'

export const MODELS = 1_000_000
/** A deterministic draw in [0, n) from a row key and a salt. */
export const draw = (key: string, salt: string, n: number) =>
  `(abs(hashtext(${key}::text || '${salt}')) % ${n})`
const run = (deps: Deps, text: string) => sql.raw(text).execute(deps.db)

const TYPES = MODEL_TYPES.filter((type) => type.id !== 'khac')
const typeValues = TYPES.map((type, i) => `(${i}, '${type.id}', '${type.label}')`).join(', ')
// The rating its share of targets done earns (thresholds as core has them, highest first).
const ratingOf = (done: string, total: string) =>
  `CASE ${MODEL_RATING_THRESHOLDS.map((t) => `WHEN ${done} >= ${t.minShare} * ${total} THEN '${t.rating}'`).join(' ')} END`

export async function seedModels(deps: Deps, rootPath: string) {
  await run(deps, `DROP TABLE IF EXISTS bench_hosts`)
  await run(
    deps,
    `CREATE UNLOGGED TABLE bench_hosts AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n,
      id, kind, name FROM units WHERE path LIKE '${rootPath}%'
        AND kind IN ('commune', 'residential_area', 'agency', 'enterprise', 'school')`,
  )
  const hosts = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM bench_hosts`.execute(deps.db)).rows[0]?.n,
  )
  // Self-managed boards are the residential areas' (1 in 20 of their bodies); 4% of the models
  // begun before 2025 were dissolved during 2025, 2% during 2024; 60% keep a Zalo group.
  await run(
    deps,
    `INSERT INTO models (host_unit_id, body, name, type_id, members, started_on, zalo_group,
      status, ended_on, end_reason, created_by, created_at, updated_by, updated_at)
    SELECT h.id, b.body,
      CASE WHEN b.body = 'model' THEN t.label ELSE 'Ban điều hành tự quản' END || ' — ' || h.name,
      CASE WHEN b.body = 'model' THEN t.id ELSE 'to-dan-cu-tu-quan' END,
      5 + ${draw('g', 'm', 56)}, s.started, CASE WHEN ${draw('g', 'z', 10)} < 6
        THEN 'https://zalo.me/g/bench' || g END,
      CASE WHEN e.ended IS NULL THEN 'active' ELSE 'dissolved' END, e.ended,
      CASE WHEN e.ended IS NOT NULL THEN 'Hoạt động không hiệu quả, giải thể' END,
      'bench', now(), 'bench', now()
    FROM generate_series(0, ${MODELS - 1}) g
    JOIN bench_hosts h ON h.n = ${draw('g', 'h', hosts)}
    JOIN (VALUES ${typeValues}) t(i, id, label) ON t.i = ${draw('g', 't', TYPES.length)}
    CROSS JOIN LATERAL (SELECT CASE WHEN h.kind = 'residential_area' AND ${draw('g', 'b', 20)} = 0
      THEN 'self_managed_board' ELSE 'model' END AS body) b
    CROSS JOIN LATERAL (SELECT to_char(date '2016-01-04' + ${draw('g', 's', 3600)}, 'YYYY-MM-DD') AS started) s
    CROSS JOIN LATERAL (SELECT CASE
      WHEN s.started < '2024-01-01' AND ${draw('g', 'e', 100)} < 2 THEN '2024-06-30'
      WHEN s.started < '2025-01-01' AND ${draw('g', 'e', 100)} BETWEEN 2 AND 5
        THEN '2025-' || lpad((1 + ${draw('g', 'f', 11)})::text, 2, '0') || '-15' END AS ended) e`,
  )
  // HD 22 "điểm": a commune's model replicated in ~8% of its residential areas, 1–3 teams each.
  await run(
    deps,
    `INSERT INTO model_sites (model_id, unit_id, teams)
    SELECT m.id, ra.id, 1 + ${draw('m.id || ra.id', 'k', 3)}
    FROM models m JOIN bench_hosts h ON h.id = m.host_unit_id AND h.kind = 'commune'
    JOIN units ra ON ra.parent_id = m.host_unit_id AND ra.kind = 'residential_area'
    WHERE m.body = 'model' AND ${draw('m.id || ra.id', 'p', 100)} < 8`,
  )
  // The year's plan for 92% of the models living in 2025, adopted in January–April.
  await run(
    deps,
    `INSERT INTO model_plans (model_id, year, adopted_on, target_count, summary)
    SELECT m.id, 2025, to_char(date '2025-01-02' + ${draw('m.id', 'a', 110)}, 'YYYY-MM-DD'),
      4 + ${draw('m.id', 'c', 12)}, 'Kế hoạch hoạt động năm 2025'
    FROM models m WHERE (m.ended_on IS NULL OR m.ended_on >= '2025-01-01')
      AND ${draw('m.id', 'q', 100)} < 92`,
  )
  await seedReviews(deps)
  await run(deps, `DROP TABLE bench_hosts`)
}

/** Reviews of the planned models: Q1 and 6 months 85%, 9 months 75%, the year 45% (by 13/12). */
async function seedReviews(deps: Deps) {
  await run(
    deps,
    `INSERT INTO model_reviews (model_id, year, period, targets_done, targets_total, rating,
      reviewed_on, note, reviewed_by)
    SELECT p.model_id, 2025, r.period, d.done, p.target_count, ${ratingOf('d.done', 'p.target_count')},
      r.reviewed_on, '', 'bench'
    FROM model_plans p JOIN models m ON m.id = p.model_id
    CROSS JOIN (VALUES ('q1', '2025-04-0', 85), ('h1', '2025-07-0', 85), ('q3', '2025-10-0', 75),
      ('year', '2025-12-0', 45)) r0(period, on_prefix, share)
    CROSS JOIN LATERAL (SELECT r0.period, r0.on_prefix || (1 + ${draw('p.model_id || r0.period', 'o', 9)}) AS reviewed_on) r
    CROSS JOIN LATERAL (SELECT floor(p.target_count * (50 + ${draw('p.model_id || r0.period', 'd', 51)}) / 100.0)::int AS done) d
    WHERE p.year = 2025 AND ${draw('p.model_id || r0.period', 'r', 100)} < r0.share
      AND m.started_on < r.reviewed_on AND (m.ended_on IS NULL OR m.ended_on > r.reviewed_on)`,
  )
}
