import { describe, expect, it } from 'vitest'
import { findCriteriaSet } from '../criteria/criteria-catalog'
import { CriteriaSet } from '../criteria/criteria-schema'
import {
  classifyCommuneComplexity,
  classifyMovement,
  isComplexCommune,
  rateModel,
} from './campaign-classification'
import { ownMovementSetAmong, ownMovementSetOf } from './campaign-criteria-sets'

const set = (code: string): CriteriaSet => findCriteriaSet(code)!
const withChanges = (base: CriteriaSet, change: Partial<CriteriaSet>): CriteriaSet =>
  CriteriaSet.parse({ ...base, ...change })

describe('movement classification (QĐ 510)', () => {
  const sheet = set('qd510-cqdncsgd')
  it.each<[number | null, number | null, string | null, string | null, boolean]>([
    [95, 92, 'xuat_sac', 'xuat_sac', false],
    [95, 85, 'xuat_sac', 'kha', true],
    [90, 89.5, 'xuat_sac', 'kha', true],
    [null, 60, null, 'trung_binh', false],
    [40, null, 'yeu', null, false],
    [0, 100, 'yeu', 'xuat_sac', true],
  ])(
    'self %s, reviewer %s → proposed %s, decided %s',
    (selfScore, reviewerScore, proposed, decided, changed) => {
      const result = classifyMovement(sheet, { selfScore, reviewerScore })
      expect(result).toMatchObject({ ok: true, changed })
      if (result.ok)
        expect([result.proposed?.id ?? null, result.decided?.id ?? null]).toEqual([
          proposed,
          decided,
        ])
    },
  )

  it.each<[number, number, string, string]>([
    [101, 50, 'selfScore', 'Điểm tự chấm phải từ 0 đến 100'],
    [50, -1, 'reviewerScore', 'Điểm cấp trên chấm phải từ 0 đến 100'],
    [Number.NaN, 50, 'selfScore', 'Điểm tự chấm phải từ 0 đến 100'],
  ])('refuses self %s, reviewer %s', (selfScore, reviewerScore, field, message) => {
    expect(classifyMovement(sheet, { selfScore, reviewerScore })).toEqual({
      ok: false,
      issues: [{ field, message }],
    })
  })

  it('follows thresholds an administrator edited', () => {
    const edited = withChanges(sheet, {
      classes: sheet.classes.map((entry, i) => ({ ...entry, minScore: [80, 65, 50, 0][i] ?? 0 })),
    })
    const result = classifyMovement(edited, { selfScore: 82, reviewerScore: null })
    expect(result.ok && result.proposed).toEqual({ id: 'xuat_sac', label: 'Xuất sắc' })
  })

  it('says when a set has no thresholds', () => {
    const bare = withChanges(sheet, {
      classes: sheet.classes.map((entry) => ({ ...entry, minScore: null })),
    })
    const result = classifyMovement(bare, { selfScore: 80, reviewerScore: null })
    expect(result).toMatchObject({
      ok: false,
      issues: [{ field: 'selfScore', message: expect.stringMatching(/chưa có ngưỡng điểm/) }],
    })
  })
})

describe("plan 002's own four classes (IV.7, ADR 025)", () => {
  const four = set('phan-loai-phong-trao-4-loai')
  it.each<[number, string]>([
    [95, 'tot'],
    [80, 'kha'],
    [55, 'trung_binh'],
    [30, 'yeu'],
  ])("reviewer %s → %s, on the plan's own scale", (reviewerScore, decided) => {
    const result = classifyMovement(four, { selfScore: null, reviewerScore })
    expect(result.ok && result.decided?.id).toBe(decided)
  })
  it('takes the set plan 002 declares for its classification, and none for a QĐ 510 plan', () => {
    const plan002 = {
      classifications: [{ field: 'movement.class', unitKinds: ['commune', 'school'] }],
      criteriaSets: [{ code: 'phan-loai-phong-trao-4-loai', use: 'movement' }],
    }
    const plan000 = {
      classifications: [],
      criteriaSets: [{ code: 'qd510-cqdncsgd', use: 'movement' }],
    }
    expect(ownMovementSetOf(plan002, 'commune')).toBe('phan-loai-phong-trao-4-loai')
    expect(ownMovementSetOf(plan002, 'district')).toBeNull()
    expect(ownMovementSetAmong([plan000, plan002], 'school')).toBe('phan-loai-phong-trao-4-loai')
    expect(ownMovementSetAmong([plan000], 'school')).toBeNull()
  })
})

describe('model rating (HD 22, assumed levels)', () => {
  const hd22 = set('hd22-mo-hinh')
  it.each<[number, string, boolean]>([
    [1, 'tot', true],
    [0.9, 'tot', true],
    [0.89, 'kha', true],
    [0.5, 'trung_binh', true],
    [0.49, 'yeu', false],
    [-3, 'yeu', false],
  ])('%s of its targets → %s', (share, rating, effective) => {
    expect(rateModel(hd22, share)).toMatchObject({
      rating: { id: rating },
      effective,
      drop: !effective,
      assumed: true,
    })
  })

  it("uses the set's thresholds once it has them", () => {
    const edited = withChanges(hd22, {
      classes: hd22.classes.map((entry, i) => ({ ...entry, minScore: [95, 80, 60, 0][i] ?? 0 })),
    })
    expect(rateModel(edited, 0.9)).toMatchObject({
      rating: { id: 'kha', label: 'Khá' },
      assumed: false,
    })
  })
})

describe('commune complexity (plan 002 IV.6)', () => {
  it.each<[boolean, boolean, string, string, boolean]>([
    [true, true, 'trong_diem_an_ninh', 'Trọng điểm phức tạp về an ninh, trật tự', true],
    [true, false, 'trong_diem_an_ninh', 'Trọng điểm phức tạp về an ninh, trật tự', true],
    [false, true, 'trong_diem_trat_tu', 'Trọng điểm phức tạp về trật tự an toàn xã hội', true],
    [false, false, 'it_phuc_tap', 'Ít phức tạp về an ninh, trật tự', false],
  ])(
    'security %s, social order %s → %s',
    (securityComplex, socialOrderComplex, id, label, complex) => {
      const type = classifyCommuneComplexity({ securityComplex, socialOrderComplex })
      expect(type).toEqual({ id, label })
      expect(isComplexCommune(type.id)).toBe(complex)
    },
  )
})
