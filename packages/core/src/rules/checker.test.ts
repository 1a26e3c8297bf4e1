import { describe, expect, it } from 'vitest'
import { checkExpression } from './checker'
import { BOOLEAN, enumOf, NUMBER, STRING, type FieldSchema } from './field-schema'
import { parseExpression } from './parser'

const UNIT = {
  'unit.households': NUMBER,
  'unit.kind': enumOf(['commune', 'school']),
  'antt.recognized': BOOLEAN,
  'movement.class': enumOf(['xuat_sac', 'kha', 'trung_binh', 'yeu']),
  'unit.name': STRING,
}
const SCHEMA: FieldSchema = {
  fields: { ...UNIT, 'target.baseline': NUMBER },
  collections: { units: UNIT },
}

function check(source: string, expect?: 'number' | 'boolean') {
  const parsed = parseExpression(source)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return checkExpression(parsed.ast, SCHEMA, { expect })
}

describe('checkExpression accepts well-typed formulas', () => {
  it.each([
    ['share(units, antt.recognized) >= 95%', 'boolean'],
    ['count(units, movement.class = "yeu") = 0', 'boolean'],
    ['sum(units, unit.households) / count(units)', 'number'],
    ['movement.class in ["xuat_sac", "kha"]', 'boolean'],
    ['if(antt.recognized, "dat", unit.name)', 'string'],
    ['if(antt.recognized, movement.class, "kha") = "kha"', 'boolean'],
    ['min(unit.households, 10, target.baseline)', 'number'],
    ['max(units, unit.households) > 0', 'boolean'],
    ['not antt.recognized or movement.class != "yeu"', 'boolean'],
    ['unit.name = "x"', 'boolean'],
    ['-unit.households * 2', 'number'],
  ])('%s : %s', (source, type) => {
    const result = check(source)
    expect(result.errors).toEqual([])
    expect(result.type?.type).toBe(type)
  })
})

describe('checkExpression reports errors at the right place', () => {
  it.each([
    [
      'antt.recognised',
      "Trường không tồn tại: 'antt.recognised' (có phải 'antt.recognized'?)",
      0,
      15,
    ],
    ['movement.class = "gioi"', 'Giá trị "gioi" không thuộc danh mục', 17, 23],
    ['"gioi" = movement.class', 'Giá trị "gioi" không thuộc danh mục', 0, 6],
    ['movement.class in ["kha", "tot"]', 'Giá trị "tot" không thuộc danh mục', 26, 31],
    ['antt.recognized + 1', 'Cần giá trị số, nhưng đây là đúng/sai', 0, 15],
    ['unit.households and true', 'Cần giá trị đúng/sai, nhưng đây là số', 0, 15],
    ['not unit.households', 'Cần giá trị đúng/sai', 4, 19],
    ['-antt.recognized', 'Cần giá trị số', 1, 16],
    ['movement.class > 1', 'Chỉ so sánh lớn/nhỏ được giữa các số', 0, 14],
    ['unit.households = "1"', 'Không thể so sánh số với chuỗi', 18, 21],
    ['units', "'units' là một tập hợp", 0, 5],
    [
      'share(unit.households, antt.recognized)',
      'Đối số đầu của share phải là một tập hợp (units)',
      6,
      21,
    ],
    ['share(units, unit.households)', 'Cần giá trị đúng/sai', 13, 28],
    ['sum(units, antt.recognized)', 'Cần giá trị số', 11, 26],
    ['share(units)', 'Hàm share cần 2 đối số', 0, 12],
    ['count(units, share(units, antt.recognized) > 0)', 'Không được lồng hàm tổng hợp', 13, 42],
    ['if(antt.recognized, 1)', 'Hàm if cần đúng 3 đối số', 0, 22],
    ['if(antt.recognized, 1, "a")', 'Hai nhánh của if phải cùng kiểu', 23, 26],
    ['if(1, 2, 3)', 'Cần giá trị đúng/sai', 3, 4],
    ['min()', 'Hàm min cần ít nhất 1 đối số', 0, 5],
  ])('%s', (source, message, start, end) => {
    const { errors, type } = check(source)
    expect(type).toBeUndefined()
    expect(errors[0]).toEqual({ message: expect.stringContaining(message) as string, start, end })
  })

  it('checks the expected result type', () => {
    expect(check('unit.households', 'boolean').errors[0]?.message).toBe(
      'Công thức phải cho giá trị đúng/sai, nhưng cho số',
    )
    expect(check('antt.recognized', 'number').errors[0]?.message).toContain('phải cho giá trị số')
    expect(check('antt.recognized', 'boolean').errors).toEqual([])
  })

  it('says aggregates are not allowed where a formula is per unit', () => {
    const parsed = parseExpression('share(units, antt.recognized) > 50%')
    if (!parsed.ok) throw new Error('parse')
    const perUnit: FieldSchema = { fields: UNIT, collections: {} }
    expect(checkExpression(parsed.ast, perUnit).errors[0]?.message).toContain(
      'tính cho từng đơn vị',
    )
  })
})
