// Quyết định khen thưởng (NĐ 30 Phụ lục III, mẫu 1.3): legal bases, the articles, and the list
// of collectives and individuals attached to it.
import type { AwardEntryView, AwardHeaderView, SignerView } from './award-views'

export type AwardDecisionView = {
  /** Numbered "Số: n/QĐ-<issuerCode>". */
  header: AwardHeaderView
  /** Trích yếu, e.g. "Về việc tặng Bằng khen cho các tập thể, cá nhân …". */
  summary: string
  /** Who decides, printed in capitals, e.g. "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang". */
  authority: string
  /** "Căn cứ …" lines, each printed in italics and ended with ";". */
  legalBases: readonly string[]
  /** "Theo đề nghị của …", printed last among the bases and ended with "." */
  proposal: string
  /** The text of Điều 1, 2, 3 … without the "Điều n." prefix. */
  articles: readonly string[]
  recipients: readonly string[]
  signer: SignerView
  attachment: {
    /** Under "DANH SÁCH", e.g. "Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh". */
    title: string
    /** Who issued the decision, in the reference line, e.g. "Chủ tịch UBND tỉnh Tuyên Quang". */
    issuedBy: string
    entries: readonly AwardEntryView[]
  }
}
