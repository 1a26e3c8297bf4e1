// "Kế hoạch số 66/KH-BCĐ ngày 08/4/2024 của Ban Chỉ đạo 138 tỉnh Hà Giang" from a cited
// number and symbol: the type name comes from the symbol's type code (NĐ 30, Phụ lục III).
import { formatDateVi } from '@antq/core'

const TYPE_NAMES: Record<string, string> = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  TB: 'Thông báo',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TT: 'Thông tư',
  NĐ: 'Nghị định',
  BC: 'Báo cáo',
  PA: 'Phương án',
}

export function describeDocumentRef(
  ref: string,
  date: string | null,
  issuer: string | null,
): string {
  const symbol = ref.split('/').pop() ?? ''
  const code = symbol.split('-')[0] ?? ''
  const type = TYPE_NAMES[code] ?? 'Văn bản'
  const when = date === null ? '' : ` ${describePartialDate(date)}`
  const by = issuer === null ? '' : ` của ${issuer}`
  return `${type} số ${ref}${when}${by}`
}

function describePartialDate(date: string): string {
  const [year, month] = date.split('-')
  if (date.length === 10) return `ngày ${formatDateVi(date)}`
  if (month !== undefined) return `tháng ${month}/${year}`
  return `năm ${year}`
}
