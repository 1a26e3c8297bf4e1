import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findCriteriaSet } from '../criteria/criteria-catalog'
import { CriteriaSet } from '../criteria/criteria-schema'
import { parseExpression } from '../rules/parser'
import { evaluate } from '../rules/evaluator'
import {
  ANTT_CRITERIA_SET_CODES,
  evaluateAnttStandard,
  findAnttCriteriaSet,
  scoreExemplaryCriteria,
  tallyChecklist,
} from './campaign-checklist'
import {
  COMMUNE_SUBUNIT_RULE,
  evaluateCommuneSubunits,
  type SubunitStanding,
} from './campaign-commune-subunits'

const set = (code: string): CriteriaSet => findCriteriaSet(code)!
const answerAll = (
  criteria: CriteriaSet,
  value: boolean,
  except: Record<string, boolean | null> = {},
) =>
  Object.fromEntries(
    criteria.items.map((item) => [item.id, item.id in except ? except[item.id] : value]),
  )
const withChanges = (base: CriteriaSet, change: Partial<CriteriaSet>): CriteriaSet =>
  CriteriaSet.parse({ ...base, ...change })

describe('ANTT standard (TT 124)', () => {
  const kdc = findAnttCriteriaSet('residential_area')!

  it.each(Object.entries(ANTT_CRITERIA_SET_CODES))(
    '%s is evaluated with %s, which covers it',
    (kind, code) => {
      expect(set(code).unitKinds).toContain(kind)
      expect(set(code).kind).toBe('pass_fail')
    },
  )

  it.each<[string, Record<string, boolean | null>, 'dat' | 'chua_dat' | null, string]>([
    ['every criterion met', {}, 'dat', 'Đạt tiêu chuẩn "An toàn về an ninh, trật tự"'],
    [
      'one failed',
      { 'KDC-3a': false },
      'chua_dat',
      'Chưa đạt tiêu chuẩn "An toàn về an ninh, trật tự": không đạt tiêu chí KDC-3a (Không xảy ra hoạt động chống Đảng, chống chính quyền, phá hoại khối đại đoàn kết toàn dân tộc)',
    ],
    ['one unanswered', { 'KDC-5': null }, null, 'Chưa đánh giá đủ các tiêu chí: KDC-5'],
    [
      'one failed, one unanswered',
      { 'KDC-2': false, 'KDC-5': null },
      'chua_dat',
      'Chưa đạt tiêu chuẩn "An toàn về an ninh, trật tự": không đạt tiêu chí KDC-2 (Triển khai, thực hiện đầy đủ chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương về bảo đảm an ninh, trật tự)',
    ],
  ])('%s', (_, except, result, message) => {
    expect(evaluateAnttStandard(kdc, answerAll(kdc, true, except))).toMatchObject({
      result,
      message,
    })
  })

  it('names every failed criterion, in the order of the set', () => {
    const outcome = evaluateAnttStandard(
      kdc,
      answerAll(kdc, true, { 'KDC-3e': false, 'KDC-1': false }),
    )
    expect(outcome.failed.map((item) => item.id)).toEqual(['KDC-1', 'KDC-3e'])
    expect(outcome.message).toMatch(/KDC-1 \(.+\); KDC-3e \(/)
  })
})

describe('exemplary criteria (QĐ 9745)', () => {
  const commune = set('qd9745-xa')
  const answers = answerAll(commune, true, {
    '29': false,
    '30': false,
    '31': false,
    '32': false,
    '33': false,
    '34': false,
  })

  it('counts "đạt 28/34"', () => {
    expect(scoreExemplaryCriteria(commune, answers)).toMatchObject({
      met: 28,
      total: 34,
      summary: 'Đạt 28/34 tiêu chí',
      passed: false,
    })
  })

  it.each<[number, boolean | null]>([
    [28, true],
    [30, false],
  ])('with a rule of at least %i criteria: %s', (count, passed) => {
    const lenient = withChanges(commune, {
      passRule: { ...commune.passRule, type: 'count_at_least', count },
    })
    expect(scoreExemplaryCriteria(lenient, answers).passed).toBe(passed)
  })

  it('stays open while unanswered criteria could decide it', () => {
    const lenient = withChanges(commune, {
      passRule: { ...commune.passRule, type: 'count_at_least', count: 30 },
    })
    const partial = { ...answers, '29': null, '30': null }
    expect(tallyChecklist(lenient, partial)).toMatchObject({
      passed: null,
      summary: 'Đạt 28/34 tiêu chí',
    })
  })

  it('refuses a score sheet', () => {
    expect(() => tallyChecklist(set('qd510-cqdncsgd'), {})).toThrow(
      /không đánh giá theo từng tiêu chí/,
    )
  })
})

describe("the commune's criterion 4 from its sub-units", () => {
  const sub = (
    registered: boolean,
    recognised: boolean,
    extra: Partial<SubunitStanding> = {},
  ): SubunitStanding => ({
    kind: 'residential_area',
    subtype: 'thon',
    schoolLevel: null,
    enterpriseSize: null,
    registered,
    recognised,
    ...extra,
  })
  const times = (n: number, unit: SubunitStanding) => Array.from({ length: n }, () => unit)

  it.each<[string, SubunitStanding[], boolean, string]>([
    [
      'all registered, 7 of 10 recognised',
      [...times(7, sub(true, true)), ...times(3, sub(true, false))],
      true,
      'Đạt tiêu chí XA-4: 10/10 đơn vị đăng ký (100%, cần từ 100%); 7/10 đơn vị được công nhận (70%, cần từ 70%)',
    ],
    [
      '6 of 10 recognised',
      [...times(6, sub(true, true)), ...times(4, sub(true, false))],
      false,
      'Chưa đạt tiêu chí XA-4: 10/10 đơn vị đăng ký (100%, cần từ 100%); 6/10 đơn vị được công nhận (60%, cần từ 70%)',
    ],
    [
      'one not registered',
      [...times(9, sub(true, true)), sub(false, false)],
      false,
      'Chưa đạt tiêu chí XA-4: 9/10 đơn vị đăng ký (90%, cần từ 100%); 9/10 đơn vị được công nhận (90%, cần từ 70%)',
    ],
    [
      '2 of 3 recognised',
      [sub(true, true), sub(true, true), sub(true, false)],
      false,
      'Chưa đạt tiêu chí XA-4: 3/3 đơn vị đăng ký (100%, cần từ 100%); 2/3 đơn vị được công nhận (66,7%, cần từ 70%)',
    ],
    [
      'no sub-unit',
      [],
      false,
      'Chưa đạt tiêu chí XA-4: không có khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền để xét',
    ],
  ])('%s', (_, subunits, met, message) => {
    expect(evaluateCommuneSubunits(subunits)).toMatchObject({ met, message })
  })

  it('leaves out sub-units outside the standard and kinds the clause does not name', () => {
    const result = evaluateCommuneSubunits([
      sub(true, true),
      sub(false, false, { kind: 'school', schoolLevel: 'primary' }),
      sub(false, false, { kind: 'enterprise', enterpriseSize: 'micro' }),
      sub(false, false, { kind: 'agency', subtype: 'armed_forces' }),
      sub(false, false, { kind: 'organisation', subtype: 'political_social' }),
    ])
    expect(result).toMatchObject({ met: true, total: 1, excluded: 3 })
  })

  it('follows an edited rule', () => {
    const subunits = [...times(7, sub(true, true)), ...times(3, sub(true, false))]
    expect(
      evaluateCommuneSubunits(subunits, { ...COMMUNE_SUBUNIT_RULE, recognisedMin: 0.8 }).met,
    ).toBe(false)
  })

  it('agrees with the formula of XA-4 in the seeded TT 124 set', () => {
    const formula = set('tt124-xa').items.find((item) => item.id === 'XA-4')!.formula!
    const parsed = parseExpression(formula)
    if (!parsed.ok) throw new Error(parsed.error.message)
    fc.assert(
      fc.property(
        fc.array(fc.record({ registered: fc.boolean(), recognised: fc.boolean() }), {
          minLength: 1,
          maxLength: 40,
        }),
        (rows) => {
          const units = rows.map((row) => ({
            antt: { registered: row.registered, recognized: row.recognised },
          }))
          const expected = evaluate(parsed.ast, { collections: { units } })
          expect(
            evaluateCommuneSubunits(rows.map((row) => sub(row.registered, row.recognised))).met,
          ).toBe(expected)
        },
      ),
    )
  })
})
