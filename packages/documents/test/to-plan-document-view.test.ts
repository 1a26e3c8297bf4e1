// From the real seed plan definitions to the printed Kế hoạch, without LibreOffice.
import { readdirSync, readFileSync } from 'node:fs'
import { parsePlanYaml, type Plan } from '@antq/core'
import { describe, expect, it } from 'vitest'
import { renderPlanDocx, toPlanDocumentView } from '../src'
import { readDocxText } from './helpers/read-zip-entry'

const SEEDS = new URL('../../../plans/seeds/', import.meta.url)
const CONTEXT = { superiorBody: 'UBND huyện Bắc Quang', recipients: ['Lưu: VT.'] }

function loadSeed(file: string): Plan {
  const result = parsePlanYaml(readFileSync(new URL(file, SEEDS), 'utf8'))
  if ('errors' in result)
    throw new Error(
      `plans/seeds/${file} does not load: ${JSON.stringify(result.errors.slice(0, 3))}`,
    )
  return result.plan
}

describe('toPlanDocumentView (plan 000, Bắc Quang 2024)', () => {
  const view = toPlanDocumentView(loadSeed('000-bac-quang-2024.yaml'), CONTEXT)

  it('takes the header and the signer from the metadata', () => {
    expect(view.header).toEqual({
      superiorBody: 'UBND huyện Bắc Quang',
      issuerName: 'Ban Chỉ đạo 138 huyện Bắc Quang',
      number: { sequence: null, symbol: 'KH-BCĐ' },
      place: 'Bắc Quang',
      date: '2024-04',
    })
    expect(view.signer).toEqual({
      authority: [{ prefix: 'TM.', title: 'BAN CHỈ ĐẠO' }],
      title: 'TRƯỞNG BAN',
      position: 'PHÓ CHỦ TỊCH UBND HUYỆN',
      name: 'Ngô Văn Hiếu',
    })
  })

  it('composes the opening sentence from the parent plan', () => {
    expect(view.preamble).toEqual([
      'Thực hiện Kế hoạch số 66/KH-BCĐ ngày 08/04/2024 của Ban Chỉ đạo 138 tỉnh Hà Giang, Ban Chỉ đạo 138 huyện Bắc Quang ban hành Kế hoạch như sau:',
    ])
  })

  it('prints each target clause once, its fragments joined back together', () => {
    expect(view.targets).toHaveLength(6)
    expect(view.targets[1]?.text).toBe(
      'Có 100% khu dân cư, xã, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền hoặc được ủy quyền quản lý có đăng ký, trong đó có từ 95% trở lên được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự".',
    )
  })

  it('words exclusions and deadlines from their structure', () => {
    expect(view.exclusions[0]).toBe(
      'Cơ sở giáo dục tiểu học, mầm non, nhà trẻ: không đăng ký thi đua; không tính vào chỉ tiêu thi đua.',
    )
    expect(view.deadlines.map((deadline) => [deadline.label, deadline.date])).toEqual([
      ['Đăng ký thi đua, đăng ký hình thức khen thưởng', '2024-04-20'],
      ['Gửi hồ sơ đề nghị khen thưởng', '2024-11-05'],
      ['Thẩm định thành tích, hồ sơ đề nghị khen thưởng', '2024-11-10'],
    ])
  })

  it('orders criteria conditions as the clause does, without repeats', () => {
    const commune = view.awardCriteria[0]
    expect(commune?.heading).toBe('Đối với Nhân dân và cán bộ xã, thị trấn')
    expect(commune?.items[0]).toMatch(/^Hoàn thành toàn diện/)
    expect(commune?.items.some((item) => item.startsWith('có mô hình'))).toBe(false)
  })
})

describe('every seed plan prints', () => {
  for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.yaml'))) {
    it(file, async () => {
      const plan = loadSeed(file)
      const text = readDocxText(await renderPlanDocx(toPlanDocumentView(plan, CONTEXT)))
      expect(text).toContain('KẾ HOẠCH')
      expect(text).toContain(plan.metadata.title)
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      for (const target of plan.targets.slice(0, 1))
        expect(text).toContain(target.text.trim().slice(0, 40))
    })
  }
})
