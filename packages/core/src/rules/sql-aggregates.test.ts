import { describe, expect, it } from 'vitest'
import type { Expr } from './ast'
import { parseExpression } from './parser'
import { compileFilteredAggregates, rollupOf } from './sql-aggregates'

const COLUMNS = {
  'antt.recognized': 'antt_recognized',
  'unit.households': 'households',
  'unit.kind': 'kind',
}

function parse(source: string): Expr {
  const parsed = parseExpression(source)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.ast
}

describe('rollupOf', () => {
  it('names how one aggregate call over the units adds up across groups', () => {
    expect(rollupOf(parse('count(units, antt.recognized)'))).toBe('sum')
    expect(rollupOf(parse('sum(units, unit.households)'))).toBe('sum')
    expect(rollupOf(parse('min(units, unit.households)'))).toBe('min')
    expect(rollupOf(parse('max(units, unit.households)'))).toBe('max')
  })

  it('refuses what does not add up: a share, a formula of aggregates, a scalar', () => {
    expect(rollupOf(parse('share(units, antt.recognized)'))).toBeNull()
    expect(rollupOf(parse('count(units) + count(units, antt.recognized)'))).toBeNull()
    expect(rollupOf(parse('max(1, 2)'))).toBeNull()
  })
})

describe('compileFilteredAggregates', () => {
  it('folds the row filter into each aggregate, parameters appended to the shared list', () => {
    const params: unknown[] = ['already there']
    const where = parse("unit.kind = 'commune'")
    const compiled = compileFilteredAggregates(
      [parse('count(units, antt.recognized)'), parse('sum(units, unit.households)')],
      { table: 'f', columns: COLUMNS, where },
      params,
    )
    expect(compiled).toEqual({
      where: '("kind" = $2::text)',
      rows: 'count(*) FILTER (WHERE ("kind" = $2::text))',
      values: [
        'count(*) FILTER (WHERE (("kind" = $2::text)) AND ("antt_recognized"))',
        'COALESCE(sum(("households")::float8) FILTER (WHERE ("kind" = $2::text)), 0)',
      ],
    })
    expect(params).toEqual(['already there', 'commune'])
  })

  it('counts every row when there is no filter and no condition', () => {
    const compiled = compileFilteredAggregates(
      [parse('count(units)')],
      { table: 'f', columns: COLUMNS },
      [],
    )
    expect(compiled.values).toEqual(['count(*) FILTER (WHERE (TRUE) AND (TRUE))'])
    expect(compiled.rows).toBe('count(*) FILTER (WHERE TRUE)')
  })

  it('refuses a formula that is not one rollup-able aggregate', () => {
    expect(() =>
      compileFilteredAggregates(
        [parse('share(units, antt.recognized)')],
        { table: 'f', columns: COLUMNS },
        [],
      ),
    ).toThrow(/không phải một hàm tổng hợp cộng dồn được/)
  })
})
