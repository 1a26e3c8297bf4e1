// The columns of a danh sách, shared by the DOCX table and the XLSX sheet. The award-form
// column shows only when the list mixes forms; otherwise the title names the form.
import type { AwardEntryView, AwardSubjectKind } from './award-views'

export type AwardListColumn = {
  header: string
  /** Share of the table width (DOCX) and character width (XLSX). */
  weight: number
  read: (entry: AwardEntryView, index: number) => string
}

export const AWARD_GROUP_TITLES: Record<AwardSubjectKind, string> = {
  collective: 'TẬP THỂ',
  individual: 'CÁ NHÂN',
}

const ORDER: readonly AwardSubjectKind[] = ['collective', 'individual']

export function selectListColumns(entries: readonly AwardEntryView[]): AwardListColumn[] {
  const forms = new Set(entries.map((entry) => entry.awardForm))
  // A "Ghi chú" column only when an entry carries a note (an appraisal override and its reason).
  const notes = entries.some((entry) => entry.note)
  const achievement = (forms.size > 1 ? 30 : 46) - (notes ? 16 : 0)
  return [
    { header: 'STT', weight: 6, read: (_, index) => String(index + 1) },
    { header: 'Tên tập thể / Họ và tên', weight: 24, read: (entry) => entry.name },
    { header: 'Chức vụ, đơn vị', weight: 24, read: (entry) => entry.unitOrPosition },
    { header: 'Tóm tắt thành tích', weight: achievement, read: (e) => e.achievement },
    ...(forms.size > 1
      ? [{ header: 'Hình thức khen thưởng', weight: 16, read: (e: AwardEntryView) => e.awardForm }]
      : []),
    ...(notes
      ? [{ header: 'Ghi chú', weight: 16, read: (e: AwardEntryView) => e.note ?? '' }]
      : []),
  ]
}

export type AwardListGroup = {
  numeral: string
  title: string
  entries: AwardEntryView[]
}

/** I. Tập thể, II. Cá nhân — numbered in the order present, empty groups left out. */
export function groupAwardEntries(entries: readonly AwardEntryView[]): AwardListGroup[] {
  const numerals = ['I', 'II']
  return ORDER.map((kind) => ({
    title: AWARD_GROUP_TITLES[kind],
    entries: entries.filter((entry) => entry.subjectKind === kind),
  }))
    .filter((group) => group.entries.length > 0)
    .map((group, index) => ({ ...group, numeral: numerals[index] ?? String(index + 1) }))
}
