import { describe, expect, it } from 'vitest'
import { extractSeedTokens, extractTokens, normalizeText } from './seed-tokens'

const kinds = (text: string) =>
  extractSeedTokens(text).tokens.map((token) => `${token.kind}:${token.value}`)

describe('seed number extraction', () => {
  it.each([
    ['ít nhất 90% số hộ và 05% tội phạm', ['percent:90', 'percent:5']],
    ['trước ngày 20/4/2024 và 05/11/2024', ['date:2024-04-20', 'date:2024-11-05']],
    ['ngày 25 tháng 3 năm 2024', ['date:2024-03-25']],
    ['ngày tháng 4 năm 2024', ['month:2024-04']],
    ['xong trong tháng 8/2020', ['month:2020-08']],
    ['Trước 30/3 hàng năm; (trước ngày 25/10)', ['daymonth:03-30', 'daymonth:10-25']],
    ['ít nhất 2/3 Ban Điều hành; 19/28 xã', ['fraction:2/3', 'fraction:19/28']],
    [
      'Kế hoạch số 66/KH-BCĐ; Số: 860 /KH-UBND; 124/2021/TT-BCA-V05; 06-NQ/TW',
      ['docref:66/KH-BCĐ', 'docref:860/KH-UBND', 'docref:124/2021/TT-BCA-V05', 'docref:06-NQ/TW'],
    ],
    [
      'chỉ tiêu 19.2 của tiêu chí số 19; điện thoại 0693.620315',
      ['decimal:19.2', 'number:19', 'decimal:0693.620315'],
    ],
    [
      'giai đoạn 2020 - 2025, 01 mô hình, 03 bộ',
      ['number:2020', 'number:2025', 'number:1', 'number:3'],
    ],
    ['ký 2024-01-17T15:08:22+0700', ['date:2024-01-17']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it('ignores clause numbering and digits glued to letters', () => {
    const text =
      '#### **2.1.** Quý I\nIV. CHỈ TIÊU\n1. Có 100% đơn vị\nI11. SO LUQNG\nCục V05, PX03, T6 quốc, nhất 1€n'
    expect(kinds(text)).toEqual(['percent:100', 'number:1'])
  })

  it('reads values of an encoding the same way', () => {
    expect(extractTokens('2024-04-20 03-30 90% 2/3').map((t) => `${t.kind}:${t.value}`)).toEqual([
      'date:2024-04-20',
      'daymonth:03-30',
      'percent:90',
      'fraction:2/3',
    ])
  })

  it('normalises markdown and spacing like the verbatim check does', () => {
    expect(normalizeText('**Trước 30/3**\n\n hàng   năm')).toBe('Trước 30/3 hàng năm')
  })
})
