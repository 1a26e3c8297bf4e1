import { describe, expect, it } from 'vitest'
import {
  bodyLetterhead,
  bodyOfIssuerCode,
  composeSigningBlock,
  describeAuthority,
  legalBasesOn,
  nameInText,
  placeNameOf,
  readTypedSigner,
} from '../index'

describe('issuing bodies', () => {
  it('names places as NĐ 30 does: the kind dropped, kept for a unit named by a number', () => {
    expect(placeNameOf('Tỉnh Đồng Tháp')).toBe('Đồng Tháp')
    expect(placeNameOf('Xã Minh Xuân')).toBe('Minh Xuân')
    expect(placeNameOf('Phường 1')).toBe('Phường 1')
    expect(placeNameOf('Quận 3')).toBe('Quận 3')
    expect(nameInText('Tỉnh Đồng Tháp')).toBe('tỉnh Đồng Tháp')
    expect(nameInText('Phường 1')).toBe('Phường 1')
  })

  it('composes TM., KT. and Q. signing blocks from the chosen signer', () => {
    const deputy = { name: 'Đoàn Tấn Bửu', title: 'Phó Chủ tịch', mode: 'KT.' as const }
    expect(composeSigningBlock('people_committee', 'Chủ tịch', deputy, false)).toEqual({
      authority: [{ prefix: 'KT.', title: 'Chủ tịch' }],
      title: 'Phó Chủ tịch',
      position: null,
      name: 'Đoàn Tấn Bửu',
    })
    const head = { name: 'Nguyễn Văn Tâm', title: 'Chủ tịch', mode: 'head' as const }
    expect(composeSigningBlock('people_committee', 'Chủ tịch', head, true).authority).toEqual([
      { prefix: 'TM.', title: 'Ủy ban nhân dân' },
    ])
    const acting = { name: 'Lê Văn A', title: 'Quyền Giám đốc', mode: 'Q.' as const }
    expect(composeSigningBlock('police', 'Giám đốc', acting, true)).toMatchObject({
      authority: [{ prefix: 'Q.', title: 'Giám đốc' }],
      title: null,
    })
  })

  it('reads typed titles, bases in force on a date, authorities and letterheads', () => {
    expect(readTypedSigner('KT. Giám đốc - Phó Giám đốc')).toEqual({
      mode: 'KT.',
      title: 'Phó Giám đốc',
    })
    expect(readTypedSigner('Phó Chủ tịch').mode).toBe('KT.')
    expect(readTypedSigner('Chủ tịch').mode).toBe('head')
    const bases = [
      { text: 'Luật 2015', from: null, to: '2025-02-28' },
      { text: 'Luật 2025', from: '2025-03-01', to: null },
    ]
    expect(legalBasesOn(bases, '2024-12-15')).toEqual(['Luật 2015'])
    expect(legalBasesOn(bases, '2025-12-15')).toEqual(['Luật 2025'])
    expect(describeAuthority('Trưởng ban', 'Ban Chỉ đạo 138 huyện Bắc Quang')).toBe(
      'Trưởng Ban Chỉ đạo 138 huyện Bắc Quang',
    )
    expect(bodyOfIssuerCode('CAT')).toBe('police')
    expect(
      bodyLetterhead('council', {
        name: 'Tỉnh Đồng Tháp',
        kind: 'province',
        parentName: null,
        councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh',
      }),
    ).toEqual({
      superiorBody: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      issuerName: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH',
      bodyName: 'Hội đồng Thi đua - Khen thưởng tỉnh',
    })
  })
})
