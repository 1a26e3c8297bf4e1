// Upward reports' due dates, owners and lateness, read from the encoded seed plans.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePlanYaml } from '../plans/plan-yaml'
import type { Plan } from '../plans/plan-schema'
import {
  findOccurrence,
  obligationOccurrences,
  occurrenceTiming,
  owesObligation,
  planOccurrences,
  recipientLevelFor,
} from './campaign-upward-reports'
import { transitionUpwardReport } from './campaign-upward-report-workflow'

const ROOT = fileURLToPath(new URL('../../../../plans/seeds/', import.meta.url))
function load(name: string): Plan {
  const result = parsePlanYaml(readFileSync(`${ROOT}${name}.yaml`, 'utf8'))
  if ('errors' in result) throw new Error(JSON.stringify(result.errors))
  return result.plan
}
const plan001 = load('001-quang-tri-dien-hinh')
const plan002 = load('002-luc-ngan-2020-2025')
const obligation = (plan: Plan, id: string) => {
  const found = plan.reporting.obligations.find((each) => each.id === id)
  if (!found) throw new Error(id)
  return found
}
const dues = (plan: Plan, id: string, year: number) =>
  obligationOccurrences(plan, obligation(plan, id), year).map((each) => [each.periodKey, each.due])

describe('due dates of the seeds’ obligations', () => {
  it('001: the districts report to the province by 30/3 and 25/10 every year', () => {
    expect(dues(plan001, 'bao-cao-dang-ky', 2024)).toEqual([['2024', '2024-03-30']])
    expect(dues(plan001, 'bao-cao-hang-nam', 2025)).toEqual([['2025', '2025-10-25']])
    // Its yearly review has no date of its own: the end of the NĐ 09/2019 year (14/12).
    expect(dues(plan001, 'so-ket-tong-ket', 2024)).toEqual([['2024', '2024-12-14']])
    // Before the plan starts (2023) nothing is owed.
    expect(dues(plan001, 'bao-cao-hang-nam', 2022)).toEqual([])
    expect(planOccurrences(plan001, 2024).map((each) => each.obligationId)).toEqual([
      'bao-cao-dang-ky',
      'bao-cao-hang-nam',
      'so-ket-tong-ket',
    ])
  })

  it('002: six-monthly and yearly reviews, quarterly announcements, the phase review at the end', () => {
    expect(dues(plan002, 'so-ket-6-thang', 2024)).toEqual([
      ['2024-H1', '2024-06-14'],
      ['2024-H2', '2024-12-14'],
    ])
    expect(dues(plan002, 'tong-ket-nam', 2024)).toEqual([['2024', '2024-12-14']])
    expect(dues(plan002, 'thong-bao-hang-quy', 2024).map(([, due]) => due)).toEqual([
      '2024-03-14',
      '2024-06-14',
      '2024-09-14',
      '2024-12-14',
    ])
    expect(dues(plan002, 'so-ket-giai-doan', 2024)).toEqual([])
    expect(dues(plan002, 'so-ket-giai-doan', 2025)).toEqual([['2025', '2025-12-14']])
    expect(dues(plan002, 'so-ket-6-thang', 2026)).toEqual([])
    const found = findOccurrence(plan002, 'so-ket-6-thang', '2024-H1')
    expect(found?.occurrence.label).toBe(
      'Sơ kết 6 tháng công tác phòng, chống tội phạm và xây dựng phong trào (6 tháng đầu năm 2024, hạn 14/06/2024)',
    )
    expect(findOccurrence(plan002, 'so-ket-6-thang', '2024-Q1')).toBeUndefined()
  })
})

describe('who owes a report and who receives it', () => {
  it('001: a district owes the 25/10 report to the province; a commune does not', () => {
    const yearly = obligation(plan001, 'bao-cao-hang-nam')
    expect(owesObligation(yearly, 'district')).toBe(true)
    expect(owesObligation(yearly, 'commune')).toBe(false)
    expect(recipientLevelFor(yearly, 'district')).toBe('province')
  })

  it('002: a commune sends its six-month review to the district; the district’s own is its own', () => {
    const review = obligation(plan002, 'so-ket-6-thang')
    expect(recipientLevelFor(review, 'commune')).toBe('district')
    expect(recipientLevelFor(review, 'district')).toBeNull()
  })
})

describe('lateness and the workflow', () => {
  it('a passed date makes an unsent report late, and a late sending stays late', () => {
    expect(occurrenceTiming('2024-10-25', null, '2024-10-25')).toBe('open')
    expect(occurrenceTiming('2024-10-25', null, '2024-10-26')).toBe('late')
    expect(occurrenceTiming('2024-10-25', '2024-10-20', '2025-01-01')).toBe('on_time')
    expect(occurrenceTiming('2024-10-25', '2024-11-02', '2025-01-01')).toBe('submitted_late')
  })

  it('a sent report cannot be sent again; only a sent one is received; a return needs a reason', () => {
    expect(transitionUpwardReport(null, 'save')).toBe('draft')
    expect(transitionUpwardReport('draft', 'submit')).toBe('submitted')
    expect(() => transitionUpwardReport('submitted', 'submit')).toThrow(
      'Báo cáo đã gửi lên cấp trên, không sửa hay gửi lại được',
    )
    expect(() => transitionUpwardReport('draft', 'receive')).toThrow('chưa được gửi')
    expect(transitionUpwardReport('submitted', 'receive')).toBe('received')
    expect(() => transitionUpwardReport('submitted', 'return', ' ')).toThrow('lý do')
    expect(transitionUpwardReport('submitted', 'return', 'Thiếu số liệu')).toBe('draft')
  })
})
