// The five source plans, encoded in plans/seeds/, checked against their texts in plans/texts/:
// every file validates, every `text` is verbatim (except the OCR copy of 004), and every
// number and date of a seed is encoded as a value or listed in `notEnforced` with a reason.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildTargetExpressions } from '../src/plans/plan-target-expression'
import { parsePlanYaml } from '../src/plans/plan-yaml'
import type { Plan } from '../src/plans/plan-schema'
import { findCriteriaSet } from '../src/criteria/criteria-catalog'
import { compileToSql } from '../src/rules/sql-compiler'
import {
  findNonVerbatim,
  findUncoveredDistinct,
  findUncoveredOccurrences,
  measureFidelity,
} from './seed-coverage'

const ROOT = fileURLToPath(new URL('../../../plans/', import.meta.url))
/** 004 is an OCR copy without diacritics: its encoding quotes restored Vietnamese. */
const SEEDS = [
  { name: '000-bac-quang-2024', verbatim: true },
  { name: '001-quang-tri-dien-hinh', verbatim: true },
  { name: '002-luc-ngan-2020-2025', verbatim: true },
  { name: '003-tay-ninh-2024', verbatim: true },
  { name: '004-dong-thap-2024', verbatim: false },
]

function load(name: string): { plan: Plan; yaml: string; text: string } {
  const yaml = readFileSync(`${ROOT}seeds/${name}.yaml`, 'utf8')
  const text = readFileSync(`${ROOT}texts/${name}.txt`, 'utf8')
  const result = parsePlanYaml(yaml)
  if ('errors' in result)
    throw new Error(
      result.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('\n'),
    )
  return { plan: result.plan, yaml, text }
}

const show = (list: { token: { kind: string; value: string }; context: string }[]) =>
  list.map((item) => `${item.token.kind} ${item.token.value} … ${item.context}`).join('\n')

describe.each(SEEDS)('seed $name', ({ name, verbatim }) => {
  const { plan, yaml, text } = load(name)

  it('validates, with the file name as its id', () => {
    expect(plan.id).toBe(name)
  })

  it('encodes every distinct number and date of the seed', () => {
    const missing = findUncoveredDistinct(text, plan)
    expect(missing, show(missing)).toEqual([])
  })

  if (verbatim) {
    it('quotes every clause verbatim', () => {
      expect(findNonVerbatim(text, plan).map((element) => element.path)).toEqual([])
    })

    it('encodes every occurrence in the element that quotes it', () => {
      const missing = findUncoveredOccurrences(text, plan)
      expect(missing, show(missing)).toEqual([])
    })
  } else {
    it('quotes the OCR copy faithfully once accents are restored', () => {
      const weak = measureFidelity(text, plan).filter((entry) => entry.score < 0.8)
      expect(weak).toEqual([])
      const invented = { text: 'Nhà máy điện gió ngoài khơi phải kiểm định tuabin hằng quý' }
      expect(measureFidelity(text, invented)[0]?.score).toBeLessThan(0.8)
    })
  }

  it('gives a reason for everything it does not enforce', () => {
    for (const entry of plan.notEnforced) expect(entry.reason.length).toBeGreaterThan(10)
  })

  it('builds every target as formulas that compile to SQL', () => {
    for (const target of plan.targets) {
      const built = buildTargetExpressions(target, plan)
      expect(built.ok, target.id).toBe(true)
      if (!built.ok) continue
      const columns = new Proxy<Record<string, string>>(
        {},
        {
          has: () => true,
          get: (_t, key) => String(key).replace(/\W/g, '_'),
        },
      )
      const values = { 'target.baseline': 100 }
      expect(
        compileToSql(built.goal, { table: 'units', columns, values, where: built.scope }).sql,
      ).toMatch(/^SELECT /)
    }
  })

  it('refers only to seeded criteria sets', () => {
    for (const use of plan.criteriaSets) expect(findCriteriaSet(use.code), use.code).toBeDefined()
  })

  it('fails the coverage check when a number is dropped', () => {
    const first = String(plan.targets[0]?.threshold)
    const changed = first.endsWith('%') ? '7.5%' : '7'
    const mutated = parsePlanYaml(
      yaml.replaceAll(`threshold: ${first}\n`, `threshold: ${changed}\n`),
    )
    if ('errors' in mutated) throw new Error('mutation broke the file')
    const check = verbatim
      ? findUncoveredOccurrences(text, mutated.plan)
      : findUncoveredDistinct(text, mutated.plan)
    expect(check.length).toBeGreaterThan(0)
  })
})

describe('facts of the seeds', () => {
  const plans = Object.fromEntries(SEEDS.map(({ name }) => [name.slice(0, 3), load(name).plan]))
  const p = (key: string): Plan => plans[key] as Plan

  it('000: primary schools, kindergartens and crèches do not register; dossiers 3 sets / 1 set of originals', () => {
    expect(p('000').exclusions.find((e) => e.match.kind === 'school')).toMatchObject({
      match: { kind: 'school', schoolLevels: ['primary', 'kindergarten', 'creche'] },
      appliesTo: expect.arrayContaining(['registration']) as string[],
    })
    const dossiers = Object.fromEntries(
      p('000').awardForms.map((form) => [form.id, [form.dossier?.sets, form.dossier?.originals]]),
    )
    expect(dossiers).toEqual({
      'bk-bca': [3, false],
      'bk-ubnd-tinh': [3, false],
      'gk-ca-tinh': [1, true],
      'gk-ubnd-huyen': [1, true],
      'gk-ubnd-xa': [1, true],
    })
    expect(p('000').deadlines.map((d) => [d.closes, d.date])).toEqual([
      ['registration', '2024-04-20'],
      ['dossier', '2024-11-05'],
      ['appraisal', '2024-11-10'],
      ['plan_submission', null],
    ])
  })

  it('unit plans: who sends their own plan, and by when (000 "cụ thể hóa" has no date)', () => {
    const of = (key: string) => p(key).deadlines.find((d) => d.closes === 'plan_submission')
    expect(of('000')).toMatchObject({ date: null, submitters: { bodies: [], levels: ['commune'] } })
    expect(of('002')).toMatchObject({ date: '2020-09-05', submitters: { levels: ['commune'] } })
    expect(of('002')?.submitters?.bodies).toHaveLength(16)
    expect(of('003')).toMatchObject({
      date: '2024-03-29',
      submitters: { levels: ['district', 'commune'] },
    })
    expect(of('003')?.submitters?.bodies).not.toContain('so-noi-vu')
  })

  it('001: yearly registration 30/3 and recognition 25/10, three recognition routes', () => {
    expect(p('001').deadlines.map((d) => [d.closes, d.annual])).toEqual([
      ['registration', '03-30'],
      ['recognition', '10-25'],
    ])
    expect(p('001').recognitionRoutes.map((r) => [r.level, r.recognizer])).toEqual([
      ['commune', 'Ban Chỉ đạo 138&1523 cấp huyện'],
      ['district', 'Ban Chỉ đạo 138 cấp tỉnh'],
      ['province', 'Ban Chỉ đạo 138 tỉnh'],
    ])
    expect(p('001').targets.filter((t) => t.scope.per === 'district')).toHaveLength(3)
  })

  it('002: no award unless recognised ANTT and the movement is not weak; phased camera targets', () => {
    expect(p('002').awardGates).toMatchObject([
      { condition: 'antt.recognized and movement.class != "yeu"' },
    ])
    const antt = p('002').targets.find((t) => t.id === 'cong-nhan-antt')
    expect([
      antt?.comparator,
      antt?.threshold,
      antt?.due,
      antt?.milestones[0]?.threshold,
      antt?.milestones[0]?.due,
    ]).toEqual(['>', '95%', '2025-12-31', '90%', '2022-12-31'])
    expect(p('002').targets.find((t) => t.id === 'xa-nong-thon-moi')).toMatchObject({
      threshold: 19,
      measure: { outOf: 28 },
    })
    expect(p('002').tasks.length).toBeGreaterThanOrEqual(19)
  })

  it('003: crime targets against 2023, number 860/KH-UBND', () => {
    expect(p('003').metadata.number).toEqual({ sequence: 860, symbol: 'KH-UBND' })
    expect(p('003').targets.find((t) => t.id === 'giam-toi-pham-trat-tu')).toMatchObject({
      threshold: '5%',
      measure: { baselineYear: 2023, direction: 'decrease' },
    })
    expect(p('003').targets.find((t) => t.id === 'tai-pham')).toMatchObject({
      comparator: '<',
      threshold: '15%',
    })
  })

  it('004: quotas 9 flags and 100 certificates of merit; registration by 29/02/2024', () => {
    const quotas = Object.fromEntries(p('004').awardForms.map((form) => [form.id, form.quota]))
    expect(quotas['co-thi-dua-ubnd-tinh']).toEqual({
      type: 'fixed',
      count: 9,
      recipients: 'collective',
    })
    expect(quotas['bk-ubnd-tinh']).toEqual({ type: 'fixed', count: 100, recipients: 'both' })
    expect(p('004').deadlines[0]).toMatchObject({ date: '2024-02-29', closes: 'registration' })
  })
})
