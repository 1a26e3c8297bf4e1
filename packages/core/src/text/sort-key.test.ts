import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { viSortKey } from './sort-key'
import { compareVi, foldAccents } from './vietnamese'

const byKey = (a: string, b: string) =>
  viSortKey(a) < viSortKey(b) ? -1 : viSortKey(a) > viSortKey(b) ? 1 : 0

describe('viSortKey', () => {
  it('orders names as Vietnamese readers expect', () => {
    const names = [
      'Đà Nẵng',
      'Dak Lak',
      'Điện Biên',
      'Hà Nội',
      'An Giang',
      'Ấp',
      'Ă',
      'Bắc Ninh',
      'Cà Mau',
    ]
    expect([...names].sort(byKey)).toEqual([
      'An Giang',
      'Ă',
      'Ấp',
      'Bắc Ninh',
      'Cà Mau',
      'Dak Lak',
      'Đà Nẵng',
      'Điện Biên',
      'Hà Nội',
    ])
  })

  it('sorts numbers inside names numerically', () => {
    expect(['Tổ dân phố 10', 'Tổ dân phố 2', 'Tổ dân phố 1'].sort(byKey)).toEqual([
      'Tổ dân phố 1',
      'Tổ dân phố 2',
      'Tổ dân phố 10',
    ])
  })

  it('agrees with Intl.Collator("vi") on letters', () => {
    const letter = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệòóỏõọồốổỗộờớởỡợ ',
    )
    fc.assert(
      fc.property(
        fc.array(letter, { minLength: 1, maxLength: 6 }),
        fc.array(letter, { minLength: 1, maxLength: 6 }),
        (a, b) => {
          const x = a.join('').trim()
          const y = b.join('').trim()
          fc.pre(x.length > 0 && y.length > 0 && foldAccents(x) !== foldAccents(y))
          fc.pre(!x.includes(' ') && !y.includes(' '))
          expect(Math.sign(byKey(x, y))).toBe(Math.sign(compareVi(x, y)))
        },
      ),
    )
  })
})
