// Tờ trình đề nghị khen thưởng (NĐ 30 Phụ lục III, mẫu 1.4): the proposal, a count of the
// collectives and individuals per award form, and the list it carries.
import type { AwardEntryView, AwardHeaderView, SignerView } from './award-views'

export type SubmissionLetterView = {
  /** Numbered "Số: n/TTr-<issuerCode>". */
  header: AwardHeaderView
  /** Trích yếu, e.g. "Về việc đề nghị tặng Bằng khen … năm 2025". */
  summary: string
  /** "Kính gửi": one addressee centred, several as a list. */
  addressees: readonly string[]
  /** The proposal: grounds and results, one paragraph each. */
  paragraphs: readonly string[]
  /** The nominations the letter carries; the letter prints their counts per award form. */
  entries: readonly AwardEntryView[]
  /** The request that ends the letter, e.g. "Kính trình Chủ tịch UBND tỉnh xem xét, quyết định." */
  closing: string
  recipients: readonly string[]
  signer: SignerView
}
