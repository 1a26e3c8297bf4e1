// The báo cáo a level sends up for a plan's reporting obligation (NĐ 30/2020 Phụ lục III, mẫu
// 1.x "BÁO CÁO"): header, title and summary, "Kính gửi", numbered sections, "Nơi nhận" and
// the signature. A section is either computed from the record or written by the reporting
// level; the renderer prints both alike.
import type { DocumentHeaderView, SignerView } from '../layout/layout-types'

/** A small bordered table: header cells, then rows of the same width. */
export type UpwardReportTableView = {
  columns: readonly string[]
  rows: readonly (readonly string[])[]
}

/** A sub-section ("1. Kết quả thực hiện chỉ tiêu"): paragraphs, then an optional table. */
export type UpwardReportPartView = {
  title: string
  paragraphs: readonly string[]
  table: UpwardReportTableView | null
}

/** A numbered section ("II. KẾT QUẢ THỰC HIỆN"): its own paragraphs, then its parts. */
export type UpwardReportSectionView = {
  title: string
  paragraphs: readonly string[]
  parts: readonly UpwardReportPartView[]
}

export type UpwardReportView = {
  /** Number left blank: "Số:      /BC-<code>" for the clerk. */
  header: DocumentHeaderView
  /** Trích yếu, e.g. "Kết quả thực hiện Kế hoạch … năm 2024". */
  summary: string
  addressees: readonly string[]
  sections: readonly UpwardReportSectionView[]
  recipients: readonly string[]
  signer: SignerView
}
