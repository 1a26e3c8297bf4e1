// Biên bản kiểm tra (NĐ 30/2020 Phụ lục III, mẫu biên bản): made at one inspected unit from the
// inspection's record — the team, the unit and who represented it, the findings item by item,
// the conclusion and the requests that follow, signed by the team lead and the unit.
import type { DocumentHeaderView } from '../layout'

export type InspectionMinutesMember = {
  name: string
  position: string
  unitName: string
  /** "Trưởng đoàn", "Thành viên"… as printed. */
  roleLabel: string
}

export type InspectionMinutesFinding = {
  label: string
  /** "Đạt", "Chưa đạt", "Ghi nhận". */
  resultLabel: string
  note: string
}

export type InspectionMinutesRequest = {
  what: string
  ownerName: string
  /** yyyy-mm-dd. */
  dueOn: string
}

export type InspectionMinutesView = {
  /** Issuing body: the plan's issuer above, the team ("Đoàn kiểm tra") as the issuer. */
  header: DocumentHeaderView
  /** Trích yếu, e.g. "Kiểm tra việc thực hiện phong trào thi đua tại huyện Tân Châu". */
  summary: string
  /** The decision or plan the team works under ("Kế hoạch số 12/KH-CAT ngày …"); null if none. */
  reference: string | null
  /** yyyy-mm-dd of the visit; null leaves it blank. */
  visitedOn: string | null
  place: string
  members: readonly InspectionMinutesMember[]
  unitName: string
  representative: { name: string; position: string } | null
  findings: readonly InspectionMinutesFinding[]
  conclusion: string
  requests: readonly InspectionMinutesRequest[]
  leadName: string
}
