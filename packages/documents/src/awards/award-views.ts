// View-model parts every award document shares. Views carry display text already chosen by the
// record (names, award-form titles); renderers only lay it out and format numbers and dates.
import type { SignerView } from '../layout'

export type { SignerView }

/** Top of page 1 of an award document; the symbol is "<type code>-<issuerCode>". */
export type AwardHeaderView = {
  /** Tên cơ quan chủ quản, e.g. "UBND TỈNH TUYÊN QUANG"; null when the issuer has none. */
  superiorBody: string | null
  /** Tên cơ quan ban hành, e.g. "CÔNG AN TỈNH TUYÊN QUANG". */
  issuerName: string
  /** Chữ viết tắt of the issuer in the number, e.g. "CAT" gives "Số: 12/TTr-CAT". */
  issuerCode: string
  /** The number in the issuer's yearly register; null leaves it blank for the clerk. */
  sequence: number | null
  /** Địa danh, e.g. "Tuyên Quang". */
  place: string
  /** yyyy-mm-dd, or null to leave the date blank. */
  date: string | null
}

/** Tập thể or cá nhân: the two groups of every award list. */
export type AwardSubjectKind = 'collective' | 'individual'

/** One row of a danh sách: who, where, what they did and the award proposed or given. */
export type AwardEntryView = {
  subjectKind: AwardSubjectKind
  /** A collective's name or a person's full name. */
  name: string
  /** An individual's position and unit, or a collective's parent unit; '' when none. */
  unitOrPosition: string
  /** Tóm tắt thành tích. */
  achievement: string
  /** The award form's full title, e.g. "Bằng khen của Chủ tịch UBND tỉnh". */
  awardForm: string
  /** Ghi chú, e.g. an appraisal that passed over a missing dossier item and why; shown when any. */
  note?: string | null
}

/** NĐ 30 Phụ lục III type codes used in the number of each award document. */
export const AWARD_TYPE_CODES = {
  submissionLetter: 'TTr',
  minutes: 'BB',
  decision: 'QĐ',
  recognitionCertificate: 'GCN',
} as const

export type AwardTypeCode = (typeof AWARD_TYPE_CODES)[keyof typeof AWARD_TYPE_CODES]
