import { describe, expect, it } from 'vitest'
import {
  classifyScore,
  CRITERIA_SET_SEEDS,
  extendCriteriaSet,
  findCriteriaSet,
  listCriteriaSets,
  validateCriteriaSet,
} from './criteria-catalog'

describe('seeded criteria sets', () => {
  it.each(CRITERIA_SET_SEEDS.map((seed) => [seed.code, seed] as const))(
    '%s is valid',
    (_code, seed) => {
      expect(validateCriteriaSet(seed)).toMatchObject({ ok: true })
    },
  )

  it('have unique code and version pairs', () => {
    const keys = listCriteriaSets().map((set) => `${set.code}@${set.version}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('carry a source and a confidence on every item and class', () => {
    for (const set of listCriteriaSets())
      for (const entry of [...set.items, ...set.classes, ...set.groups]) {
        expect(entry.source.length).toBeGreaterThan(0)
        expect(['H', 'M', 'L']).toContain(entry.confidence)
      }
  })

  it('keeps the 34 exemplary-commune criteria of QĐ 9745, unknown ones flagged as assumptions', () => {
    const set = findCriteriaSet('qd9745-xa')
    expect(set?.items).toHaveLength(34)
    expect(set?.items.filter((item) => !item.assumption).map((item) => item.id)).toEqual(['1'])
    expect(
      set?.items
        .slice(2)
        .every(
          (item) => item.assumption && item.confidence === 'L' && item.note?.includes('NOT FOUND'),
        ),
    ).toBe(true)
    expect(findCriteriaSet('qd9745-cqdncsgd')?.items).toHaveLength(14)
  })

  it('marks the QĐ 510 class thresholds as assumptions (not found in the sources)', () => {
    const sheet = findCriteriaSet('qd510-cqdncsgd')
    expect(sheet?.maxScore).toBe(100)
    expect(sheet?.classes.map((entry) => [entry.id, entry.minScore, entry.assumption])).toEqual([
      ['xuat_sac', 90, true],
      ['kha', 70, true],
      ['trung_binh', 50, true],
      ['yeu', 0, true],
    ])
    expect(sheet?.items.slice(0, 3).map((item) => item.points)).toEqual([3, 3, 5])
    expect(findCriteriaSet('hd22-mo-hinh')?.classes.every((entry) => entry.assumption)).toBe(true)
  })

  it('encodes the TT 124 evaluation years and the commune 100%/70% rule', () => {
    expect(findCriteriaSet('tt124-kdc')?.evaluationPeriod).toEqual({ start: '11-01', end: '10-31' })
    expect(findCriteriaSet('tt124-xa')?.evaluationPeriod).toEqual({ start: '11-16', end: '11-15' })
    expect(findCriteriaSet('tt124-xa')?.items.find((item) => item.id === 'XA-4')?.formula).toBe(
      'share(units, antt.registered) = 100% and share(units, antt.recognized) >= 70%',
    )
  })

  it('classifies a score by the thresholds of the sheet', () => {
    const sheet = findCriteriaSet('qd510-cqdncsgd')
    if (!sheet) throw new Error('seed')
    expect([95, 90, 89.5, 70, 50, 10].map((score) => classifyScore(sheet, score))).toEqual([
      'xuat_sac',
      'xuat_sac',
      'kha',
      'kha',
      'trung_binh',
      'yeu',
    ])
  })
})

describe('provincial additions and validation', () => {
  it('extends a national set with a province’s own items (TT 124 Art. 8)', () => {
    const base = findCriteriaSet('tt124-xa')
    if (!base) throw new Error('seed')
    const local = extendCriteriaSet(base, 'Đồng Tháp', [
      {
        id: 'DT-1',
        text: 'Không có điểm nóng về ma túy',
        source: 'QĐ của UBND tỉnh',
        confidence: 'H',
      },
    ])
    expect(local).toMatchObject({
      code: 'tt124-xa-dong-thap',
      province: 'Đồng Tháp',
      extends: { code: 'tt124-xa', version: 1 },
    })
    expect(local.items.at(-1)).toMatchObject({ id: 'DT-1', addedBy: 'Đồng Tháp' })
    expect(local.items).toHaveLength(base.items.length + 1)
  })

  it.each([
    [
      {
        items: [
          { id: 'a', text: 'x', source: 's', confidence: 'H' },
          { id: 'a', text: 'y', source: 's', confidence: 'H' },
        ],
      },
      "Tiêu chí 'a' bị trùng mã",
    ],
    [
      { items: [{ id: 'a', text: 'x', source: 's', confidence: 'H', formula: 'antt.recognised' }] },
      "Trường không tồn tại: 'antt.recognised'",
    ],
    [
      {
        items: [{ id: 'a', text: 'x', source: 's', confidence: 'H', group: 'g' }],
        groups: [{ id: 'h', title: 'H', source: 's', confidence: 'H' }],
      },
      "nhóm 'g' không tồn tại",
    ],
    [
      { maxScore: 100, items: [{ id: 'a', text: 'x', source: 's', confidence: 'H', points: 60 }] },
      'Tổng điểm các mục (60) khác điểm tối đa (100)',
    ],
    [
      {
        classes: [
          { id: 'a', label: 'A', minScore: 50, source: 's', confidence: 'L' },
          { id: 'b', label: 'B', minScore: 70, source: 's', confidence: 'L' },
        ],
      },
      'Ngưỡng điểm các loại phải giảm dần',
    ],
  ])('refuses an inconsistent set (%#)', (change, message) => {
    const base = {
      code: 'thu',
      version: 1,
      title: 'Thử',
      kind: 'pass_fail',
      source: 's',
      confidence: 'H',
      passRule: { type: 'all', source: 's', confidence: 'H' },
    }
    const result = validateCriteriaSet({ ...base, ...change })
    expect(result.ok === false && result.messages.join('\n')).toContain(message)
  })

  it('refuses unknown fields', () => {
    expect(validateCriteriaSet({ ...CRITERIA_SET_SEEDS[0], extra: 1 }).ok).toBe(false)
  })
})
