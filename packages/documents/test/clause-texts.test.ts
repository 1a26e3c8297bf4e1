import { describe, expect, it } from 'vitest'
import { dropContained, mergeClauseTexts, orderWithinClause } from '../src/plan/clause-texts'
import { describeDocumentRef } from '../src/plan/describe-document-ref'

describe('mergeClauseTexts', () => {
  it('joins the fragments of one clause and keeps clauses apart', () => {
    const merged = mergeClauseTexts([
      { source: 'IV.2', text: 'Có 100% đơn vị có đăng ký' },
      { source: 'IV.2', text: 'trong đó có từ 95% trở lên được công nhận.' },
      { source: 'IV.3', text: 'Không có đơn vị Yếu.' },
      { source: 'IV.3', text: 'Không có đơn vị Yếu.' },
    ])
    expect(merged).toEqual([
      'Có 100% đơn vị có đăng ký, trong đó có từ 95% trở lên được công nhận.',
      'Không có đơn vị Yếu.',
    ])
  })

  it('drops a fragment quoted inside a longer one', () => {
    expect(dropContained(['ít nhất 90% số hộ', 'đảm bảo ít nhất 90% số hộ dân', 'khác'])).toEqual([
      'đảm bảo ít nhất 90% số hộ dân',
      'khác',
    ])
  })

  it('orders conditions as they stand in the clause', () => {
    expect(orderWithinClause('A một. B hai. C ba.', ['C ba.', 'A một.', 'không có'])).toEqual([
      'A một.',
      'C ba.',
      'không có',
    ])
  })
})

describe('describeDocumentRef', () => {
  it('names the document type from its symbol', () => {
    expect(describeDocumentRef('66/KH-BCĐ', '2024-04-08', 'Ban Chỉ đạo 138 tỉnh Hà Giang')).toBe(
      'Kế hoạch số 66/KH-BCĐ ngày 08/04/2024 của Ban Chỉ đạo 138 tỉnh Hà Giang',
    )
    expect(describeDocumentRef('124/2021/TT-BCA', '2021-12', 'Bộ Công an')).toBe(
      'Thông tư số 124/2021/TT-BCA tháng 12/2021 của Bộ Công an',
    )
    expect(describeDocumentRef('5/XYZ', null, null)).toBe('Văn bản số 5/XYZ')
  })
})
