// Where each variable field of a Bằng khen or Giấy khen goes on a PRE-PRINTED blank, in mm from
// the blank's top-left corner. Blanks differ by print shop, so the defaults are a starting point
// a secretary adjusts (the server stores the overrides); offsetMm nudges every field at once
// for a printer that feeds the sheet a little off.

/** The blank each award form prints on: Bằng khen, Giấy khen, or the Cờ thi đua's own sheet. */
export type AwardCertificateForm = 'bang_khen' | 'giay_khen' | 'co_thi_dua'

export const CERTIFICATE_FORM_TITLES: Record<AwardCertificateForm, string> = {
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
  co_thi_dua: 'Cờ thi đua',
}

export const CERTIFICATE_FIELD_IDS = [
  'recipientName',
  'recipientDetail',
  'achievement',
  'decision',
  'placeDate',
  'signerTitle',
  'signerName',
  'registerNumber',
] as const

export type CertificateFieldId = (typeof CERTIFICATE_FIELD_IDS)[number]

export type CertificateFieldLayout = {
  /** Left edge and top edge of the field's box, in mm from the blank's top-left corner. */
  xMm: number
  yMm: number
  /** Box width; text wraps inside it. The box grows downwards past heightMm if needed. */
  widthMm: number
  heightMm: number
  sizePt: number
  bold: boolean
  italics: boolean
  align: 'left' | 'center' | 'right'
  uppercase: boolean
  /** false for a field the blank already has printed (e.g. the signer's title). */
  visible: boolean
}

export type CertificateLayout = {
  form: AwardCertificateForm
  /** The blank's size; both defaults are A4 landscape. */
  pageWidthMm: number
  pageHeightMm: number
  offsetMm: { x: number; y: number }
  fields: Record<CertificateFieldId, CertificateFieldLayout>
}

export type CertificateLayoutOverrides = {
  pageWidthMm?: number
  pageHeightMm?: number
  offsetMm?: { x?: number; y?: number }
  fields?: Partial<Record<CertificateFieldId, Partial<CertificateFieldLayout>>>
}

type Box = Pick<CertificateFieldLayout, 'xMm' | 'yMm' | 'widthMm' | 'heightMm' | 'sizePt'>

function field(box: Box, style: Partial<CertificateFieldLayout> = {}): CertificateFieldLayout {
  return {
    bold: false,
    italics: false,
    align: 'center',
    uppercase: false,
    visible: true,
    ...box,
    ...style,
  }
}

function createDefaultLayout(
  form: AwardCertificateForm,
  nameSize: number,
  top: number,
): CertificateLayout {
  return {
    form,
    pageWidthMm: 297,
    pageHeightMm: 210,
    offsetMm: { x: 0, y: 0 },
    fields: {
      recipientName: field(
        { xMm: 40, yMm: top, widthMm: 217, heightMm: 12, sizePt: nameSize },
        { bold: true },
      ),
      recipientDetail: field(
        { xMm: 40, yMm: top + 13, widthMm: 217, heightMm: 8, sizePt: 14 },
        { italics: true },
      ),
      achievement: field({ xMm: 40, yMm: top + 23, widthMm: 217, heightMm: 22, sizePt: 15 }),
      decision: field(
        { xMm: 25, yMm: 172, widthMm: 110, heightMm: 7, sizePt: 12 },
        { align: 'left' },
      ),
      placeDate: field(
        { xMm: 150, yMm: 150, widthMm: 125, heightMm: 7, sizePt: 14 },
        { italics: true },
      ),
      signerTitle: field(
        { xMm: 150, yMm: 157, widthMm: 125, heightMm: 7, sizePt: 14 },
        { bold: true, uppercase: true },
      ),
      signerName: field(
        { xMm: 150, yMm: 185, widthMm: 125, heightMm: 8, sizePt: 14 },
        { bold: true },
      ),
      registerNumber: field(
        { xMm: 25, yMm: 180, widthMm: 110, heightMm: 7, sizePt: 12 },
        { align: 'left' },
      ),
    },
  }
}

export const DEFAULT_CERTIFICATE_LAYOUTS: Record<AwardCertificateForm, CertificateLayout> = {
  bang_khen: createDefaultLayout('bang_khen', 22, 92),
  giay_khen: createDefaultLayout('giay_khen', 20, 88),
  // The flag's printing sheet: the unit's name large, then what it led, as the shop prints it.
  co_thi_dua: createDefaultLayout('co_thi_dua', 26, 70),
}

/** A form's default layout with a secretary's stored overrides laid over it, field by field. */
export function applyCertificateLayoutOverrides(
  base: CertificateLayout,
  overrides: CertificateLayoutOverrides,
): CertificateLayout {
  const fields = { ...base.fields }
  for (const id of CERTIFICATE_FIELD_IDS)
    fields[id] = { ...base.fields[id], ...overrides.fields?.[id] }
  return {
    form: base.form,
    pageWidthMm: overrides.pageWidthMm ?? base.pageWidthMm,
    pageHeightMm: overrides.pageHeightMm ?? base.pageHeightMm,
    offsetMm: {
      x: overrides.offsetMm?.x ?? base.offsetMm.x,
      y: overrides.offsetMm?.y ?? base.offsetMm.y,
    },
    fields,
  }
}

/** Names for an editing form; the server validates overrides against CERTIFICATE_FIELD_IDS. */
export const CERTIFICATE_FIELD_LABELS: Record<CertificateFieldId, string> = {
  recipientName: 'Tên tập thể / họ và tên',
  recipientDetail: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decision: 'Số, ngày quyết định',
  placeDate: 'Địa danh, ngày tháng',
  signerTitle: 'Chức danh người ký',
  signerName: 'Họ tên người ký',
  registerNumber: 'Số sổ',
}
