import { describe, expect, it } from 'vitest'
import { changePlan, loadMinimalPlan } from '../../test/plan-fixture'
import type { Plan } from '../plans/plan-schema'
import type { FieldDeclaration, Target } from '../plans/plan-targets'
import { UNIT_FIELDS } from '../plans/plan-fields'
import {
  fieldsOfFormula,
  REPORTED_BASE_FIELDS,
  summedFields,
  SYSTEM_FIELDS,
} from './campaign-report-fields'
import { buildReportForm } from './campaign-report-form'

const target = (
  id: string,
  measure: Target['measure'],
  unitKinds: Target['scope']['unitKinds'],
  where: string | null = null,
): Target => ({
  id,
  source: 'II',
  text: id,
  label: id,
  measure,
  scope: { unitKinds, managedBy: 'territory', area: null, where, per: null },
  comparator: '>=',
  threshold: '90%',
  upper: null,
  due: null,
  recurrence: 'once',
  milestones: [],
  criteria: [],
  parentTarget: null,
})
const declare = (
  id: string,
  label: string,
  reportedBy: FieldDeclaration['reportedBy'],
  type: FieldDeclaration['type'] = 'number',
  values: string[] = [],
): FieldDeclaration => ({
  id,
  source: 'II.2',
  text: label,
  label,
  type,
  values,
  reportedBy,
})

const plan: Plan = changePlan(loadMinimalPlan(), (copy) => {
  copy.fields = [
    declare('crime.reports', 'Số tin báo tiếp nhận', ['district']),
    declare('crime.reports_resolved', 'Số tin báo đã giải quyết', ['district']),
    declare('crime.cases', 'Số vụ phạm tội', ['district']),
    declare('cameras.households', 'Số hộ lắp camera', ['residential_area']),
    declare('security.complex', 'Tiềm ẩn phức tạp', ['commune'], 'boolean'),
    declare('prior.class', 'Phân loại năm trước', ['commune'], 'enum', ['xuat_sac', 'kha']),
    declare('complexity.type', 'Loại xã', ['commune'], 'enum', ['a', 'b']),
  ]
  copy.classifications = [
    {
      id: 'loai',
      source: 'IV',
      text: 'loại',
      field: 'complexity.type',
      label: 'Loại',
      classes: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
      cadence: 'yearly',
      unitKinds: ['commune'],
    },
  ]
  copy.targets = [
    target(
      'ho',
      {
        type: 'population_share',
        population: 'households',
        reached: 'propaganda.households_reached',
        total: 'unit.households',
      },
      ['commune'],
    ),
    target(
      'can-bo',
      {
        type: 'population_share',
        population: 'people',
        reached: 'propaganda.staff_reached + propaganda.pupils_reached',
        total: 'unit.staff + unit.pupils',
      },
      ['school'],
    ),
    target(
      'tin-bao',
      { type: 'ratio', numerator: 'crime.reports_resolved', denominator: 'crime.reports' },
      ['district'],
    ),
    target(
      'giam',
      {
        type: 'change_vs_baseline',
        value: 'crime.cases',
        baselineYear: 2023,
        direction: 'decrease',
      },
      ['district'],
    ),
    target(
      'camera',
      {
        type: 'population_share',
        population: 'households',
        reached: 'cameras.households',
        total: 'unit.households',
      },
      ['residential_area'],
    ),
    target(
      'antt',
      { type: 'unit_share', condition: 'antt.recognized' },
      ['commune', 'residential_area'],
      'security.complex',
    ),
    target('mo-hinh', { type: 'unit_share', condition: 'models.effective >= 1' }, ['commune']),
  ]
})

describe('report forms from the measures', () => {
  it.each([
    [
      'commune',
      [
        'propaganda.households_reached',
        'unit.households',
        'security.complex',
        'models.effective',
        'models.count',
        'prior.class',
      ],
    ],
    [
      'school',
      ['propaganda.staff_reached', 'propaganda.pupils_reached', 'unit.staff', 'unit.pupils'],
    ],
    [
      'district',
      ['crime.reports_resolved', 'crime.reports', 'crime.cases', 'baseline.crime.cases'],
    ],
    ['residential_area', ['cameras.households', 'unit.households']],
    ['enterprise', []],
  ] as const)('a %s reports %j', (kind, ids) => {
    expect(buildReportForm(plan, kind).fields.map((field) => field.id)).toEqual(ids)
  })

  it('describes each field: type, label, origin, targets', () => {
    const commune = buildReportForm(plan, 'commune').fields
    expect(commune.find((f) => f.id === 'unit.households')).toMatchObject({
      type: 'number',
      origin: 'register',
      label: 'Tổng số hộ gia đình trên địa bàn',
      targets: ['ho'],
    })
    expect(commune.find((f) => f.id === 'security.complex')).toMatchObject({
      type: 'boolean',
      origin: 'declared',
      source: 'II.2',
      targets: ['antt'],
    })
    expect(commune.find((f) => f.id === 'prior.class')?.values).toEqual([
      { value: 'xuat_sac', label: 'Xuất sắc' },
      { value: 'kha', label: 'Khá' },
    ])
    expect(
      buildReportForm(plan, 'district').fields.find((f) => f.id === 'baseline.crime.cases'),
    ).toMatchObject({
      origin: 'baseline',
      baselineYear: 2023,
      label: 'Số vụ phạm tội năm 2023 (năm gốc so sánh)',
      targets: ['giam'],
    })
  })

  it.each([
    [
      'commune',
      [
        [['propaganda.households_reached'], ['unit.households'], ['ho']],
        [['models.effective'], ['models.count'], []],
      ],
    ],
    [
      'school',
      [
        [['propaganda.staff_reached'], ['unit.staff'], ['can-bo']],
        [['propaganda.pupils_reached'], ['unit.pupils'], ['can-bo']],
      ],
    ],
    ['district', [[['crime.reports_resolved'], ['crime.reports'], ['tin-bao']]]],
    ['residential_area', [[['cameras.households'], ['unit.households'], ['camera']]]],
  ] as const)('a %s form ties parts to wholes', (kind, expected) => {
    expect(buildReportForm(plan, kind).checks.map((c) => [c.part, c.whole, c.targets])).toEqual(
      expected,
    )
  })

  it('keeps a sum check when its terms have no fixed pair', () => {
    const summed = changePlan(plan, (copy) => {
      copy.targets = [
        target(
          'x',
          {
            type: 'ratio',
            numerator: 'crime.reports_resolved + crime.cases',
            denominator: 'crime.reports',
          },
          ['district'],
        ),
      ]
    })
    expect(buildReportForm(summed, 'district').checks).toEqual([
      { part: ['crime.reports_resolved', 'crime.cases'], whole: ['crime.reports'], targets: ['x'] },
    ])
  })

  it('classifies every base unit field as reported or filled by the system', () => {
    for (const name of Object.keys(UNIT_FIELDS))
      expect(SYSTEM_FIELDS.includes(name) || name in REPORTED_BASE_FIELDS, name).toBe(true)
  })

  it.each([
    ['share(units, a.b) >= 90% and not c', ['a.b', 'c']],
    ['x in ["p", "q"] or if(y, z, w)', ['x', 'y', 'z', 'w']],
    ['min(a, b)', ['a', 'b']],
    ['a +', []],
  ])('reads the fields of %s', (source, names) => {
    expect(fieldsOfFormula(source)).toEqual(names)
  })

  it.each([
    ['a + b + c', ['a', 'b', 'c']],
    ['a', ['a']],
    ['a - b', undefined],
    ['2 * a', undefined],
  ])('sums of %s', (source, names) => {
    expect(summedFields(source)).toEqual(names)
  })
})
