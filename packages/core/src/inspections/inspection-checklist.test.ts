// The checklist of an inspection read from the seed plans: a commune of plan 000 gets the
// commune targets and the commune award criteria, never the agencies'.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import { appliesToKind, buildInspectionChecklist, describeTargetGoal } from './inspection-checklist'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))

function load(name: string): Plan {
  const result = parsePlanYaml(readFileSync(`${ROOT}${name}.yaml`, 'utf8'))
  if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.plan
}

describe('buildInspectionChecklist', () => {
  const plan000 = load('000-bac-quang-2024')

  it('lists a commune its targets and the commune award criteria of plan 000', () => {
    const items = buildInspectionChecklist(plan000, 'commune')
    const targetKeys = plan000.targets
      .filter((target) =>
        target.scope.unitKinds.some((k) => k === 'commune' || k === 'residential_area'),
      )
      .map((target) => `target:${target.id}`)
    expect(targetKeys.length).toBeGreaterThan(0)
    expect(items.filter((item) => item.origin === 'target').map((item) => item.key)).toEqual(
      targetKeys,
    )
    const criteria = items.filter((item) => item.origin === 'criteria')
    expect(criteria.map((item) => item.key)).toEqual([
      'criteria:tieu-chuan-xa:antt',
      'criteria:tieu-chuan-xa:xuat-sac',
      'criteria:tieu-chuan-xa:mo-hinh-tot',
      'criteria:tieu-chuan-xa:hoan-thanh-chi-tieu',
      'criteria:tieu-chuan-xa:nhiem-vu-chinh-tri',
      'criteria:tieu-chuan-xa:to-chuc-dang',
    ])
    expect(criteria[0]?.label).toBe(
      'Kết quả đánh giá theo Thông tư số 124/2021/TT-BCA được công nhận đạt tiêu chuẩn “An toàn về an ninh trật tự”.',
    )
    expect(criteria[3]?.requirement).toBe(
      'Minh chứng: Báo cáo thành tích có xác nhận; kết quả thực hiện chỉ tiêu thi đua',
    )
  })

  it('gives an enterprise only what is set for enterprises', () => {
    const items = buildInspectionChecklist(plan000, 'enterprise')
    expect(items.some((item) => item.key.startsWith('criteria:tieu-chuan-xa:'))).toBe(false)
    expect(items.some((item) => item.key.startsWith('criteria:tieu-chuan-cqdn:'))).toBe(true)
    for (const item of items.filter((entry) => entry.origin === 'target')) {
      const target = plan000.targets.find((entry) => `target:${entry.id}` === item.key)
      expect(target?.scope.unitKinds).toContain('enterprise')
    }
  })

  it('gives a district of plan 003 every target of its territory, with the goal in words', () => {
    const plan003 = load('003-tay-ninh-2024')
    const items = buildInspectionChecklist(plan003, 'district')
    expect(items.filter((item) => item.origin === 'target')).toHaveLength(plan003.targets.length)
    const solved = items.find((item) => item.key === 'target:kham-pha-an')
    expect(solved).toMatchObject({ source: 'II.2', requirement: 'Đạt trên 75%' })
  })
})

describe('describeTargetGoal and appliesToKind', () => {
  it('words each comparator', () => {
    expect(describeTargetGoal({ comparator: '>=', threshold: '2/3' })).toBe('Đạt từ 2/3 trở lên')
    expect(describeTargetGoal({ comparator: '<', threshold: '15%' })).toBe('Dưới 15%')
    expect(describeTargetGoal({ comparator: '=', threshold: '100%' })).toBe('Đạt 100%')
    expect(describeTargetGoal({ comparator: '=', threshold: 0 })).toBe('Bằng 0')
  })

  it('counts residential-area targets at the commune', () => {
    const scope = { unitKinds: ['residential_area'] } as unknown as Plan['targets'][number]['scope']
    expect(appliesToKind({ scope }, 'commune')).toBe(true)
    expect(appliesToKind({ scope }, 'school')).toBe(false)
  })
})

describe('seed inspections', () => {
  it('encodes 003 "trong tháng 7 năm 2024" and 002 "hằng năm"', () => {
    const [july] = load('003-tay-ninh-2024').inspections
    expect(july).toMatchObject({
      lead: 'cong-an-tinh',
      schedule: 'once',
      from: '2024-07-01',
      due: '2024-07-31',
      places: ['huyện Tân Châu', 'thị xã Hòa Thành'],
    })
    const [yearly] = load('002-luc-ngan-2020-2025').inspections
    expect(yearly).toMatchObject({ schedule: 'yearly', leadLevels: ['commune'] })
  })
})
