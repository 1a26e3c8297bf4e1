import { describe, expect, it } from 'vitest'
import { parseExpression } from './parser'
import { printExpression } from './printer'

describe('parseExpression → printExpression', () => {
  it.each([
    ['share(units, antt.recognized) >= 95%', 'share(units, antt.recognized) >= 95%'],
    ['share( units,antt.recognized )>=95%', 'share(units, antt.recognized) >= 95%'],
    ['a == b', 'a = b'],
    ['a != b', 'a != b'],
    ['1 + 2 * 3', '1 + 2 * 3'],
    ['(1 + 2) * 3', '(1 + 2) * 3'],
    ['1 - (2 - 3)', '1 - (2 - 3)'],
    ['(1 - 2) - 3', '1 - 2 - 3'],
    ['8 / (4 / 2)', '8 / (4 / 2)'],
    ['-(-5)', '-(-5)'],
    ['-x * 2', '-x * 2'],
    ['-(x * 2)', '-(x * 2)'],
    ['not a and b', 'not a and b'],
    ['not (a and b)', 'not (a and b)'],
    ['not a = b', 'not a = b'],
    ['(not a) = b', '(not a) = b'],
    ['a or b and c', 'a or b and c'],
    ['(a or b) and c', '(a or b) and c'],
    ['movement.class in [\'xuat_sac\', "kha"]', 'movement.class in ["xuat_sac", "kha"]'],
    ['if(a, 1, 2) + 3', 'if(a, 1, 2) + 3'],
    ['min(a, b, 3)', 'min(a, b, 3)'],
    ['count(units)', 'count(units)'],
    ['sum(units, unit.households) / count(units)', 'sum(units, unit.households) / count(units)'],
    ['"a \\"quoted\\" word"', '"a \\"quoted\\" word"'],
    ['12.5%', '12.5%'],
    ['true or false', 'true or false'],
    ['(a = b) = c', '(a = b) = c'],
  ])('%s', (source, printed) => {
    const result = parseExpression(source)
    if (!result.ok) throw new Error(result.error.message)
    expect(printExpression(result.ast)).toBe(printed)
  })

  it('keeps spans of every node', () => {
    const result = parseExpression('share(units, antt.recognized) >= 95%')
    expect(result.ok && result.ast).toMatchObject({
      kind: 'binary',
      span: { start: 0, end: 36 },
      left: {
        kind: 'call',
        span: { start: 0, end: 29 },
        args: [{ span: { start: 6, end: 11 } }, { span: { start: 13, end: 28 } }],
      },
      right: { kind: 'number', value: 95, percent: true, span: { start: 33, end: 36 } },
    })
  })
})

describe('parseExpression errors', () => {
  it.each([
    ['', 'Công thức rỗng', 0],
    ['   ', 'Công thức rỗng', 0],
    ['1 +', 'Công thức chưa kết thúc', 3],
    ['a < b < c', 'Không thể viết liền hai phép so sánh', 6],
    ['foo(1)', "Hàm không xác định: 'foo'", 0],
    ['a.', 'Tên trường không hợp lệ sau dấu chấm', 1],
    ['a.1b', 'Tên trường không hợp lệ sau dấu chấm', 1],
    ['"abc', 'Chuỗi chưa được đóng', 0],
    ['a # b', "Ký tự không hợp lệ: '#'", 2],
    ['(a and b', "Thiếu dấu ')'", 8],
    ['share(units, a', "Thiếu dấu ')' hoặc ','", 14],
    ['x in ("a")', "Sau 'in' cần một danh sách", 5],
    ['x in []', 'Danh sách rỗng', 0],
    ['a b', "Không mong đợi 'b' ở đây", 2],
    [') a', "Không mong đợi ')' ở đây", 0],
    ['and', "Không mong đợi 'and' ở đây", 0],
    ['a.b(1)', "Hàm không xác định: 'a.b'", 0],
    ['1 = = 2', "Không mong đợi '=' ở đây", 4],
  ])('%j → %s', (source, message, start) => {
    const result = parseExpression(source)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toContain(message)
    expect(result.error.start).toBe(start)
  })

  it('refuses over-long and over-deep formulas instead of overflowing the stack', () => {
    const long = parseExpression('1 + '.repeat(2000) + '1')
    expect(long.ok === false && long.error.message).toContain('quá dài')
    const deep = parseExpression('('.repeat(200) + '1' + ')'.repeat(200))
    expect(deep.ok === false && deep.error.message).toContain('lồng quá sâu')
  })
})
