// One decision for every kind of plan deadline (checkPlanDeadline), read from the seed plans'
// own words, and the registration a recognition needs (the table of which kinds are
// enforced is plans/plan-enforcement.ts).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkRecognitionRegistration } from '../awards/recognition-registration'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import { checkPlanDeadline } from './campaign-deadlines'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))
function load(name: string): Plan {
  const result = parsePlanYaml(readFileSync(`${ROOT}${name}.yaml`, 'utf8'))
  if ('errors' in result) throw new Error(JSON.stringify(result.errors))
  return result.plan
}
const plan000 = load('000-bac-quang-2024')
const plan001 = load('001-quang-tri-dien-hinh')

describe('checkPlanDeadline', () => {
  it('plan 000 VI.5 "Thẩm định … hoàn thành trước ngày 10/11/2024": open on 10/11, closed on 11/11', () => {
    expect(checkPlanDeadline(plan000, 'appraisal', { year: 2024, date: '2024-11-10' }).open).toBe(
      true,
    )
    expect(checkPlanDeadline(plan000, 'appraisal', { year: 2024, date: '2024-11-11' })).toEqual({
      open: false,
      closedOn: '2024-11-10',
      extension: null,
      reason: 'Đã hết hạn thẩm định hồ sơ đề nghị khen thưởng ngày 10/11/2024',
    })
  })

  it('plan 001 III.2 "hoàn thành xét, công nhận: 25/10 hàng năm": every year, extensions per unit', () => {
    const extension = { unitIds: [7], until: '2025-11-05', reason: 'Chờ kết quả kiểm tra' }
    const late = { year: 2025, date: '2025-10-26', unitId: 7 }
    expect(checkPlanDeadline(plan001, 'recognition', { ...late, unitId: 8 }).open).toBe(false)
    expect(checkPlanDeadline(plan001, 'recognition', { ...late, extensions: [extension] })).toEqual(
      { open: true, closesOn: '2025-11-05', extension },
    )
    expect(checkPlanDeadline(plan001, 'recognition', { year: 2024, date: '2024-10-25' }).open).toBe(
      true,
    )
  })

  it('leaves an act open when the plan sets no deadline of its kind', () => {
    expect(checkPlanDeadline(plan001, 'appraisal', { year: 2024, date: '2030-01-01' })).toEqual({
      open: true,
      closesOn: null,
      extension: null,
    })
  })
})

describe('checkRecognitionRegistration (plan 001 "Mốc thời gian đăng ký: Trước 30/3 hàng năm")', () => {
  it('refuses a unit that did not register to build the model, and passes one that did', () => {
    expect(checkRecognitionRegistration(plan001, 'exemplary', 2024, null)).toBe(
      'Đơn vị chưa đăng ký xây dựng điển hình năm 2024 (hạn đăng ký 30/03/2024); kế hoạch chỉ xét, công nhận đơn vị đã đăng ký',
    )
    const joined = { takePart: true, buildsExemplary: false }
    expect(checkRecognitionRegistration(plan001, 'exemplary', 2024, joined)).not.toBeNull()
    expect(checkRecognitionRegistration(plan001, 'antt_standard', 2024, joined)).toBeNull()
    expect(
      checkRecognitionRegistration(plan001, 'exemplary', 2024, {
        ...joined,
        buildsExemplary: true,
      }),
    ).toBeNull()
  })
})
