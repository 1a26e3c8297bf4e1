import { describe, expect, it } from 'vitest'
import { parseExpression } from './parser'
import { compileToSql, type SqlMapping } from './sql-compiler'

const MAPPING: SqlMapping = {
  table: 'units',
  columns: {
    'antt.recognized': 'antt_recognized',
    'movement.class': 'movement_class',
    'unit.households': 'households',
    'unit.kind': 'kind',
    'unit.district': 'district_id',
  },
  values: { 'target.baseline': 200, note: 'x', flag: true, nothing: null },
}

function compile(source: string, mapping: SqlMapping = MAPPING) {
  const parsed = parseExpression(source)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return compileToSql(parsed.ast, mapping)
}

describe('compileToSql', () => {
  it('compiles a share target into one aggregate query with parameters', () => {
    expect(compile('share(units, antt.recognized) >= 95%')).toEqual({
      sql: 'SELECT (((count(*) FILTER (WHERE "antt_recognized"))::float8 / NULLIF(count(*), 0)::float8) >= $1::float8) AS value FROM "units"',
      params: [0.95],
    })
  })

  it('never puts a value in the SQL text, however it is written', () => {
    const { sql, params } = compile(
      `count(units, movement.class = "x'); DROP TABLE units; --") = 0`,
    )
    expect(sql).not.toContain('DROP')
    expect(params).toEqual(["x'); DROP TABLE units; --", 0])
  })

  it.each([
    ['count(units)', 'SELECT count(*)::int AS value FROM "units"', []],
    [
      'sum(units, unit.households)',
      'SELECT COALESCE(sum(("households")::float8), 0) AS value FROM "units"',
      [],
    ],
    ['max(units, unit.households)', 'SELECT max(("households")::float8) AS value FROM "units"', []],
    ['min(1, 2)', 'SELECT LEAST($1::float8, $2::float8) AS value', [1, 2]],
    [
      'target.baseline / 4',
      'SELECT (($1::float8)::float8 / NULLIF(($2::float8)::float8, 0)) AS value',
      [200, 4],
    ],
    ['nothing', 'SELECT NULL AS value', []],
    [
      'flag and note = "x"',
      'SELECT ($1::boolean AND ($2::text = $3::text)) AS value',
      [true, 'x', 'x'],
    ],
    [
      'count(units, unit.kind in ["commune", "school"] and not antt.recognized)',
      'SELECT (count(*) FILTER (WHERE (("kind" IN ($1::text, $2::text)) AND (NOT "antt_recognized"))))::int AS value FROM "units"',
      ['commune', 'school'],
    ],
    [
      'if(flag, 1, -2)',
      'SELECT (CASE WHEN $1::boolean THEN $2::float8 ELSE (-$3::float8) END) AS value',
      [true, 1, 2],
    ],
  ])('%s', (source, sql, params) => {
    expect(compile(source)).toEqual({ sql, params })
  })

  it('adds the scope as WHERE and a grouping for per-district targets', () => {
    const where = parseExpression('unit.kind = "commune"')
    if (!where.ok) throw new Error('parse')
    expect(
      compile('count(units, antt.recognized) >= 1', {
        ...MAPPING,
        where: where.ast,
        groupBy: 'unit.district',
      }),
    ).toEqual({
      sql: 'SELECT "district_id" AS group_key, ((count(*) FILTER (WHERE "antt_recognized"))::int >= $1::float8) AS value FROM "units" WHERE ("kind" = $2::text) GROUP BY "district_id" ORDER BY "district_id"',
      params: [1, 'commune'],
    })
  })

  it.each([
    [
      'share(units, antt.recognised)',
      "Trường 'antt.recognised' không có giá trị khi tính bằng SQL",
    ],
    ['unit.households > 1', "Trường 'unit.households' của từng đơn vị phải nằm trong hàm tổng hợp"],
    ['count(units, count(units) > 1)', 'Không được lồng hàm tổng hợp'],
    ['share(other, antt.recognized)', "Hàm share cần tập hợp 'units'"],
  ])('refuses %s', (source, message) => {
    expect(() => compile(source)).toThrow(message)
  })

  it('refuses unsafe table or column names', () => {
    expect(() => compile('count(units)', { ...MAPPING, table: 'units; DROP TABLE x' })).toThrow(
      'không hợp lệ',
    )
    expect(() =>
      compile('count(units, a)', { ...MAPPING, columns: { a: 'a" OR 1=1 --' } }),
    ).toThrow('không hợp lệ')
  })
})
