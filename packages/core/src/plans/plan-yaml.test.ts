import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MINIMAL_PLAN_YAML } from '../../test/plan-fixture'
import { parsePlanYaml } from './plan-yaml'
import { planJsonSchema } from './plan-schema'
import { validatePlan } from './plan-validate'

function errorsOf(text: string) {
  const result = parsePlanYaml(text)
  return 'errors' in result ? result.errors : []
}

describe('parsePlanYaml', () => {
  it('loads a valid plan and fills defaults', () => {
    const result = parsePlanYaml(MINIMAL_PLAN_YAML)
    expect('plan' in result && result.plan).toMatchObject({
      id: 'test-plan',
      metadata: { issuer: { unitCode: null }, parentPlan: null, legalBases: [] },
      period: { yearly: false, start: null },
      reporting: { calendar: { basis: 'nd09_2019', yearStart: '12-15', yearEnd: '12-14' } },
      targets: [{ threshold: '95%', recurrence: 'once', scope: { managedBy: 'issuer' } }],
    })
  })

  it.each([
    [
      'plain',
      "condition: 'antt.recognized ==' }",
      'condition: antt.recognized = = 1 }',
      'condition: antt.recognized = '.length + 1,
    ],
    [
      'single-quoted with an escaped quote',
      "condition: 'antt.recognized ==' }",
      "condition: 'x = ''a'' and and' }",
      "condition: 'x = ''a'' and ".length + 1,
    ],
    [
      'double-quoted',
      "condition: 'antt.recognized ==' }",
      'condition: "x = \\"a\\" and and" }',
      'condition: "x = \\"a\\" and '.length + 1,
    ],
  ])('points inside a %s formula', (_style, _unused, replacement, columnInLine) => {
    const text = MINIMAL_PLAN_YAML.replace('condition: antt.recognized }', replacement)
    const line = text.split('\n').findIndex((each) => each.includes(replacement)) + 1
    const offset = text.split('\n')[line - 1]?.indexOf(replacement) ?? 0
    const error = errorsOf(text).find((each) => each.path === 'targets[0].measure.condition')
    expect(error).toMatchObject({ line, column: offset + columnInLine })
  })

  it('points inside a literal block formula, on the right line', () => {
    const text = MINIMAL_PLAN_YAML.replace(
      '    condition: \'antt.recognized and movement.class != "yeu"\'',
      '    condition: |\n      antt.recognized\n      and movement.class != "tot"',
    )
    const line = text.split('\n').findIndex((each) => each.includes('"tot"')) + 1
    const error = errorsOf(text).find((each) => each.path === 'awardGates[0].condition')
    expect(error).toMatchObject({
      line,
      column: 29,
      message: expect.stringContaining('"tot"') as string,
    })
  })

  it('reports every problem, not just the first', () => {
    const text = MINIMAL_PLAN_YAML.replace(
      'subjects: [xa]\nawardCriteria',
      'subjects: [a, b]\nawardCriteria',
    ).replace("date: '2024-04-20'", "date: '2024-02-30'")
    expect(errorsOf(text).map((error) => error.path)).toEqual(
      expect.arrayContaining(['deadlines[0].date']),
    )
    const refs = MINIMAL_PLAN_YAML.replace(
      'subjects: [xa]\nawardCriteria',
      'subjects: [a, b]\nawardCriteria',
    )
    expect(errorsOf(refs).map((error) => error.path)).toEqual([
      'awardForms[0].subjects[0]',
      'awardForms[0].subjects[1]',
    ])
  })

  it('asks a target managed by the judged level to name that level (per)', () => {
    const level = (scope: string) =>
      errorsOf(MINIMAL_PLAN_YAML.replace('scope: { unitKinds: [commune] }', scope))
    const [error, ...rest] = level('scope: { unitKinds: [school], managedBy: level }')
    expect(rest).toEqual([])
    const line = MINIMAL_PLAN_YAML.split('\n').findIndex((each) => each.includes('scope:')) + 1
    expect(error).toMatchObject({ path: 'targets[0].scope.managedBy', line })
    expect(error?.message).toContain('per: district')
    expect(level('scope: { unitKinds: [school], managedBy: level, per: district }')).toEqual([])
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => parsePlanYaml(text)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on a damaged plan, and every error has a position', () => {
    const lines = MINIMAL_PLAN_YAML.split('\n')
    fc.assert(
      fc.property(
        fc.nat(lines.length - 1),
        fc.nat(60),
        fc.string({ maxLength: 4 }),
        (line, column, insert) => {
          const damaged = [...lines]
          const original = damaged[line] ?? ''
          damaged[line] = original.slice(0, column) + insert + original.slice(column + 1)
          const result = parsePlanYaml(damaged.join('\n'))
          if ('errors' in result)
            for (const error of result.errors) {
              expect(error.line).toBeGreaterThanOrEqual(1)
              expect(error.column).toBeGreaterThanOrEqual(1)
              expect(error.message.length).toBeGreaterThan(0)
            }
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('validatePlan and planJsonSchema', () => {
  it('validates JSON stored in the database the same way', () => {
    const result = parsePlanYaml(MINIMAL_PLAN_YAML)
    if (!('plan' in result)) throw new Error('fixture')
    expect(validatePlan(JSON.parse(JSON.stringify(result.plan)))).toEqual({
      ok: true,
      plan: result.plan,
    })
    expect(validatePlan({ ...result.plan, surprise: 1 })).toEqual({
      ok: false,
      issues: [{ path: ['surprise'], atKey: true, message: "Trường không được phép: 'surprise'" }],
    })
    expect(validatePlan(null)).toMatchObject({
      ok: false,
      issues: [{ path: [], message: 'Cần đối tượng (các trường con), nhưng nhận null' }],
    })
  })

  it('exports a strict JSON Schema for editors', () => {
    const schema = planJsonSchema() as {
      type: string
      additionalProperties: boolean
      required: string[]
      properties: Record<string, unknown>
    }
    expect(schema.type).toBe('object')
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'version', 'metadata', 'period']),
    )
    expect(schema.required).not.toContain('targets')
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['targets', 'awardForms', 'notEnforced']),
    )
    expect(JSON.stringify(schema)).toContain('"additionalProperties":false')
  })
})
