import { describe, expect, it } from 'vitest'
import { DEFAULT_CERTIFICATE_LAYOUTS, applyCertificateLayoutOverrides } from './certificate-layout'
import { checkCertificateLayout } from './check-certificate-layout'

describe('checkCertificateLayout', () => {
  it('accepts both default layouts', () => {
    expect(checkCertificateLayout(DEFAULT_CERTIFICATE_LAYOUTS.bang_khen)).toEqual([])
    expect(checkCertificateLayout(DEFAULT_CERTIFICATE_LAYOUTS.giay_khen)).toEqual([])
  })

  it('names a field pushed off the sheet, a bad font size and a bad sheet', () => {
    const layout = applyCertificateLayoutOverrides(DEFAULT_CERTIFICATE_LAYOUTS.giay_khen, {
      pageWidthMm: 20,
      offsetMm: { y: 30 },
      fields: { recipientName: { sizePt: 200 }, signerTitle: { visible: false } },
    })
    const problems = checkCertificateLayout(layout)
    expect(problems).toContainEqual({ field: null, message: 'Khổ phôi phải từ 50 đến 500 mm' })
    expect(problems).toContainEqual({ field: 'recipientName', message: 'Cỡ chữ phải từ 6 đến 72' })
    expect(problems).toContainEqual({ field: 'signerName', message: 'Ô nằm ngoài khổ phôi' })
    expect(problems.some((problem) => problem.field === 'signerTitle')).toBe(false)
  })
})
