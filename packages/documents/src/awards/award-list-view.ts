// Danh sách đề nghị khen thưởng: the collectives and individuals of a dossier, printed with
// their achievement summaries, usually attached to a tờ trình.
import type { AwardEntryView, SignerView } from './award-views'

export type AwardListView = {
  superiorBody: string | null
  issuerName: string
  /** Under "DANH SÁCH", e.g. "Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025". */
  title: string
  /** Printed in brackets, e.g. "Kèm theo Tờ trình số 12/TTr-CAT ngày 15/11/2025 …"; or null. */
  reference: string | null
  entries: readonly AwardEntryView[]
  /** The unit head's signing block under the table; null when the list is unsigned. */
  signer: SignerView | null
}
