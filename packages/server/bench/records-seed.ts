// The records behind the figures at national size (issue 12 item 8), set-based on top of the
// national units: the model register (records-seed-models.ts), ≥ 5,000,000 activities, the
// police's monthly statistics of every commune for the baseline year 2024 and the campaign year
// 2025, and unit standards. Draws are hashes of row keys (the same world on every run).
import { sql } from 'kysely'
import type { Deps } from '../src/deps'
import { draw, seedModels } from './records-seed-models'

export const ACTIVITIES = 5_000_000
const run = (deps: Deps, text: string) => sql.raw(text).execute(deps.db)

/** A commune's households are its residential areas' (the 2025 register has no figure). */
async function fillCommuneHouseholds(deps: Deps, rootPath: string) {
  await run(
    deps,
    `UPDATE units c SET households = s.total FROM (SELECT parent_id, sum(households) AS total
      FROM units WHERE kind = 'residential_area' AND path LIKE '${rootPath}%' GROUP BY parent_id) s
    WHERE c.id = s.parent_id AND c.kind = 'commune' AND c.households IS NULL`,
  )
}

// Per kind of unit: what it logs (kind, audience) by a draw in [0, 20).
const KIND_OF = `CASE
  WHEN u.kind = 'commune' THEN CASE WHEN d.k < 8 THEN 'session' WHEN d.k < 10 THEN 'conference'
    WHEN d.k < 12 THEN 'training' WHEN d.k < 14 THEN 'provincial_article'
    WHEN d.k < 16 THEN 'district_broadcast' ELSE 'local_broadcast' END
  WHEN u.kind = 'residential_area' THEN CASE WHEN d.k < 17 THEN 'session' ELSE 'conference' END
  ELSE CASE WHEN d.k < 16 THEN 'session' ELSE 'conference' END END`
const AUDIENCE_OF = `CASE WHEN k.kind = 'training' THEN 'propagandists'
  WHEN k.kind IN ('provincial_article', 'district_broadcast', 'local_broadcast') THEN 'public'
  WHEN u.kind IN ('commune', 'residential_area') THEN 'households'
  WHEN u.kind = 'school' AND d.k < 12 THEN 'pupils' ELSE 'staff' END`
// A session reaches part of the unit's households or people, never more than it has.
const REACHED = `CASE
  WHEN k.kind = 'training' THEN 10 + d.r % 50
  WHEN k.kind NOT IN ('session', 'conference') THEN NULL
  WHEN a.audience = 'households' AND u.kind = 'commune' THEN greatest(1, coalesce(u.households, 2000) * (5 + d.r % 50) / 100)
  WHEN a.audience = 'households' THEN greatest(1, coalesce(u.households, 100) * (15 + d.r % 80) / 100)
  WHEN a.audience = 'pupils' THEN greatest(1, coalesce(u.pupils, 100) * (30 + d.r % 71) / 100)
  ELSE greatest(1, coalesce(u.staff, 10) * (30 + d.r % 71) / 100) END`
const TITLE = `CASE k.kind WHEN 'session' THEN 'Tuyên truyền phòng, chống tội phạm, tệ nạn xã hội'
  WHEN 'conference' THEN 'Hội nghị phát động phong trào toàn dân bảo vệ ANTQ'
  WHEN 'training' THEN 'Tập huấn tuyên truyền viên pháp luật'
  WHEN 'provincial_article' THEN 'Tin bài về gương điển hình trên báo tỉnh'
  ELSE 'Tin phát thanh về an ninh, trật tự' END`

/** 5M activities of 2025; a commune logs 20 times a unit's share; 1% withdrawn (entered twice). */
async function seedActivities(deps: Deps, rootPath: string) {
  await run(deps, `DROP TABLE IF EXISTS bench_actors`)
  await run(
    deps,
    `CREATE UNLOGGED TABLE bench_actors AS SELECT (row_number() OVER (ORDER BY u.id, w) - 1)::int AS n,
      u.id FROM units u CROSS JOIN generate_series(1, CASE WHEN u.kind = 'commune' THEN 20 ELSE 1 END) w
    WHERE u.path LIKE '${rootPath}%'
      AND u.kind IN ('commune', 'residential_area', 'agency', 'enterprise', 'school', 'organisation')`,
  )
  const actors = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM bench_actors`.execute(deps.db)).rows[0]?.n,
  )
  await run(
    deps,
    `INSERT INTO activities (unit_id, held_on, kind, audience, reached, title, recorded_by,
      recorded_at, withdrawn_at, withdrawn_by, withdraw_reason)
    SELECT u.id, d.held_on, k.kind, a.audience, ${REACHED}, ${TITLE}, 'bench',
      d.held_on + time '19:30', CASE WHEN d.w = 0 THEN d.held_on + interval '2 days' END,
      CASE WHEN d.w = 0 THEN 'bench' END, CASE WHEN d.w = 0 THEN 'Ghi trùng buổi đã nhập' END
    FROM generate_series(0, ${ACTIVITIES - 1}) g
    JOIN bench_actors h ON h.n = ${draw('g', 'u', actors)}
    JOIN units u ON u.id = h.id
    CROSS JOIN LATERAL (SELECT ${draw('g', 'k', 20)} AS k, ${draw('g', 'r', 1000)} AS r,
      ${draw('g', 'w', 100)} AS w, date '2025-01-02' + ${draw('g', 'd', 345)} AS held_on) d
    CROSS JOIN LATERAL (SELECT ${KIND_OF} AS kind) k
    CROSS JOIN LATERAL (SELECT ${AUDIENCE_OF} AS audience) a`,
  )
  await run(deps, `DROP TABLE bench_actors`)
}

/** 2024 and 2025 of every commune, 15 kinds a month; ~1% of communes have not entered 12/2025. */
async function seedStatistics(deps: Deps, rootPath: string) {
  const key = `c.id || m.month`
  await run(
    deps,
    `INSERT INTO crime_statistics (unit_id, month, kind, value, entered_by, entered_at)
    SELECT c.id, m.month, v.kind, v.value, 'bench', now()
    FROM units c
    CROSS JOIN (SELECT to_char(date '2024-01-01' + make_interval(months => i), 'YYYY-MM') AS month
      FROM generate_series(0, 23) i) m
    CROSS JOIN LATERAL (SELECT 1 + ${draw('c.id', 'f', 5)} AS f, ${draw('c.id', 'w', 5)} AS wanted,
      ${draw('c.id', 'h', 3)} AS hotspots) s
    CROSS JOIN LATERAL (SELECT ${draw(key, 'c', 1000)} % (3 * s.f) AS cases,
      1 + ${draw(key, 't', 1000)} % (5 * s.f) AS tips, ${draw(key, 'x', 1000)} AS x) b
    CROSS JOIN LATERAL (SELECT b.cases * (60 + b.x % 41) / 100 AS solved,
      b.cases * (b.x % 31) / 100 AS serious, b.x % 3 AS released) q
    CROSS JOIN LATERAL (VALUES ('cases', b.cases), ('social_order_cases', b.cases * (50 + b.x % 41) / 100),
      ('serious_cases', q.serious), ('cases_solved', q.solved),
      ('serious_cases_solved', least(q.serious, q.solved) * (80 + b.x % 21) / 100),
      ('tips_received', b.tips), ('tips_accepted', b.tips - CASE WHEN b.x % 10 = 0 THEN 1 ELSE 0 END),
      ('tips_resolved', (b.tips - CASE WHEN b.x % 10 = 0 THEN 1 ELSE 0 END) * (80 + b.x % 21) / 100),
      ('released_persons', q.released), ('reoffenders', CASE WHEN b.x % 10 = 0 THEN least(1, q.released) ELSE 0 END),
      ('wanted_existing', s.wanted), ('wanted_existing_caught', CASE WHEN b.x % 8 = 0 THEN least(1, s.wanted) ELSE 0 END),
      ('wanted_new', CASE WHEN b.x % 6 = 0 THEN 1 ELSE 0 END), ('wanted_new_caught', CASE WHEN b.x % 12 = 0 THEN 1 ELSE 0 END),
      ('hotspots_selected', s.hotspots), ('hotspots_transformed', CASE WHEN b.x % 12 = 0 THEN least(1, s.hotspots) ELSE 0 END)
    ) v(kind, value)
    WHERE c.kind = 'commune' AND c.path LIKE '${rootPath}%'
      AND NOT (m.month = '2025-12' AND ${draw('c.id', 'l', 100)} = 0)`,
  )
}

/** Dated statuses: NTM 19.2 (and enhanced), drug-free, child-friendly, access to law of the
 * communes; fire safety of 60% of the base units (a 3-year certificate for a third of them). */
async function seedStandards(deps: Deps, rootPath: string) {
  await run(
    deps,
    `INSERT INTO unit_standards (unit_id, kind, status, valid_from, valid_to, decision_number,
      decision_date, decision_issuer, entered_by, entered_at)
    SELECT u.id, k.kind, CASE WHEN ${draw('u.id || k.kind', 's', 100)} < k.pass THEN 'dat' ELSE 'khong_dat' END,
      f.valid_from, CASE WHEN k.kind = 'fire_safety' AND ${draw('u.id', 'v', 3)} = 0 THEN f.valid_from + 1095 END,
      (100 + ${draw('u.id || k.kind', 'n', 900)}) || '/QĐ-UBND', f.valid_from, 'UBND cấp trên', 'bench', now()
    FROM units u
    CROSS JOIN (VALUES ('ntm_19_2', 92, 100, true), ('ntm_19_2_enhanced', 45, 60, true),
      ('drug_free', 80, 100, true), ('child_friendly', 85, 75, true), ('access_to_law', 85, 75, true),
      ('fire_safety', 85, 60, false)) k(kind, pass, present, communes_only)
    CROSS JOIN LATERAL (SELECT date '2019-01-07' + ${draw('u.id || k.kind', 'f', 2500)} AS valid_from) f
    WHERE u.path LIKE '${rootPath}%' AND ${draw('u.id || k.kind', 'p', 100)} < k.present
      AND (u.kind = 'commune' OR (NOT k.communes_only
        AND u.kind IN ('residential_area', 'agency', 'enterprise', 'school')))`,
  )
  // The enhanced level only where the basic 19.2 is met (a commune never passes one without the other).
  await run(
    deps,
    `DELETE FROM unit_standards e WHERE e.kind = 'ntm_19_2_enhanced' AND NOT EXISTS (SELECT 1
      FROM unit_standards b WHERE b.unit_id = e.unit_id AND b.kind = 'ntm_19_2' AND b.status = 'dat'
        AND b.valid_from <= e.valid_from)`,
  )
  // A few recognitions revoked during 2025 (a later record saying "thu hồi").
  await run(
    deps,
    `INSERT INTO unit_standards (unit_id, kind, status, valid_from, decision_number, decision_date,
      decision_issuer, note, entered_by, entered_at)
    SELECT unit_id, kind, 'thu_hoi', date '2025-10-20', '9' || id || '/QĐ-UBND', date '2025-10-20',
      'UBND cấp trên', 'Thu hồi do không duy trì', 'bench', now()
    FROM unit_standards WHERE status = 'dat' AND valid_from < '2025-10-20'
      AND kind IN ('ntm_19_2', 'fire_safety') AND ${draw('id', 'x', 100)} < 3`,
  )
}

export async function seedRecords(deps: Deps, rootPath: string, log: (line: string) => void) {
  const step = async (name: string, work: () => Promise<void>) => {
    const started = performance.now()
    await work()
    log(`${name}: ${Math.round(performance.now() - started)} ms`)
  }
  await step('commune households', () => fillCommuneHouseholds(deps, rootPath))
  await step('models', () => seedModels(deps, rootPath))
  await step('activities', () => seedActivities(deps, rootPath))
  await step('statistics', () => seedStatistics(deps, rootPath))
  await step('standards', () => seedStandards(deps, rootPath))
  await step('analyze', async () => {
    await run(deps, 'ANALYZE')
  })
}
