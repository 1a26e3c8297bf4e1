import { describe, expect, it } from 'vitest'
import { BASE_FIELD_SCHEMA } from '../plans/plan-fields'
import { compileFormula, locateOffset } from './formula'

describe('compileFormula', () => {
  it('returns the tree of a well-formed, well-typed formula', () => {
    const result = compileFormula(
      'antt.recognized and movement.class = "xuat_sac"',
      BASE_FIELD_SCHEMA,
      { expect: 'boolean' },
    )
    expect(result.ok && result.ast.kind).toBe('binary')
  })

  it.each([
    ['antt.recognized and', 'Công thức chưa kết thúc'],
    ['movement.class = "gioi"', 'không thuộc danh mục'],
    ['share(units, antt.recognized)', 'phải cho giá trị đúng/sai'],
  ])('returns the errors of %s', (source, message) => {
    const result = compileFormula(source, BASE_FIELD_SCHEMA, { expect: 'boolean' })
    expect(result.ok === false && result.errors[0]?.message).toContain(message)
  })
})

describe('locateOffset', () => {
  it('gives 1-based line and column inside a multi-line formula', () => {
    expect(locateOffset('a and\n  b = 1', 0)).toEqual({ line: 1, column: 1 })
    expect(locateOffset('a and\n  b = 1', 8)).toEqual({ line: 2, column: 3 })
    expect(locateOffset('abc', 99)).toEqual({ line: 1, column: 4 })
  })
})
