import { describe, expect, it } from 'vitest'
import { describeFormula } from './describe'
import { buildDescribeLabels } from './describe-labels'

const labels = buildDescribeLabels({
  fields: [{ id: 'security.patrols', label: 'Số buổi tuần tra' }],
  classifications: [
    {
      field: 'commune.complexity',
      label: 'Loại địa bàn',
      classes: [
        { value: 'phuc_tap', label: 'Phức tạp' },
        { value: 'binh_thuong', label: 'Bình thường' },
      ],
    },
  ],
})
const say = (formula: string) => describeFormula(formula, labels)

describe('describeFormula', () => {
  it('tells an aggregate ratio with a percent in words', () => {
    expect(
      say(
        'sum(units, crime_statistics.tips_resolved) / sum(units, crime_statistics.tips_received) > 90%',
      ),
    ).toBe(
      'Tổng số tin đã giải quyết của các đơn vị chia cho tổng số tin báo, tố giác tội phạm và kiến nghị khởi tố nhận được của các đơn vị trên 90%',
    )
  })

  it('names enum values by their labels', () => {
    expect(say('unit.kind in ["commune"] and unit.subtype = "xa"')).toBe(
      'Loại đơn vị là Xã/Phường/Thị trấn/Đặc khu và phân loại đơn vị là Xã',
    )
    expect(say('antt.recognized and movement.class = "xuat_sac"')).toBe(
      'Được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự” và xếp loại phong trào là Xuất sắc',
    )
  })

  it('reads counts, shares, comparisons and negation', () => {
    expect(say('count(units, unit.households >= 1000) <= 5')).toBe(
      'Số đơn vị có số hộ gia đình từ 1.000 trở lên không quá 5',
    )
    expect(say('share(units, not antt.registered) < 10%')).toBe(
      'Tỷ lệ đơn vị chưa đăng ký xây dựng đạt tiêu chuẩn “An toàn về an ninh, trật tự” dưới 10%',
    )
    expect(say('not person.is_leader')).toBe('Không phải là lãnh đạo')
    expect(say('(antt.recognized or ntm.achieved) and movement.score >= 90.5')).toContain(
      '(được công nhận',
    )
  })

  it("takes a plan's own fields and classes from the plan", () => {
    expect(say('security.patrols >= 12 and commune.complexity != "phuc_tap"')).toBe(
      'Số buổi tuần tra từ 12 trở lên và loại địa bàn không phải là Phức tạp',
    )
  })

  it('never shows an identifier it does not know', () => {
    const text = say('mystery.field = "abc_def" or if(x.y, 1, 2) = 1')
    expect(text).not.toMatch(/mystery|abc_def|x\.y|[_=]/)
    expect(say('((')).toBe('Điều kiện do hệ thống tính')
  })
})
