// The activity log (issue 12 item 2): propaganda sessions, conferences, articles and broadcasts,
// trainings of propagandists, each entered by the unit that held it with its date, audience and
// the number of people or households reached. The kinds and audiences are data here; the fields
// the targets read (`activity_log.*`) stand beside the typed report figures they replace.
import { AppError } from '../errors/app-error'

export const ACTIVITY_LOG_PREFIX = 'activity_log.'

export const ACTIVITY_KINDS = [
  { id: 'session', label: 'Buổi tuyên truyền, sinh hoạt', counts: 'reached' },
  { id: 'conference', label: 'Hội nghị phổ biến, phát động', counts: 'reached' },
  { id: 'training', label: 'Tập huấn báo cáo viên, tuyên truyền viên', counts: 'reached' },
  { id: 'provincial_article', label: 'Tin, bài trên báo, đài tỉnh', counts: 'items' },
  { id: 'district_broadcast', label: 'Tin, bài phát sóng trên đài huyện', counts: 'items' },
  { id: 'local_broadcast', label: 'Tin, bài trên loa truyền thanh cơ sở', counts: 'items' },
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]['id']

export const ACTIVITY_AUDIENCES = [
  { id: 'households', label: 'Hộ gia đình', counting: 'hộ' },
  { id: 'staff', label: 'Cán bộ, công chức, viên chức, người lao động', counting: 'người' },
  { id: 'pupils', label: 'Học sinh, sinh viên', counting: 'người' },
  { id: 'propagandists', label: 'Báo cáo viên, tuyên truyền viên', counting: 'người' },
  { id: 'public', label: 'Quần chúng nhân dân (không tính theo hộ)', counting: 'người' },
] as const
export type ActivityAudience = (typeof ACTIVITY_AUDIENCES)[number]['id']

/**
 * The figures the log computes for a unit and year, each named by the typed report field it
 * stands for. `reached` figures are the greatest number one activity reached (per residential
 * area for households, see activityFiguresOf), `items` figures count the activities.
 */
export const ACTIVITY_LOG_FIGURES = [
  { id: 'households_reached', typed: 'propaganda.households_reached' },
  { id: 'staff_reached', typed: 'propaganda.staff_reached' },
  { id: 'pupils_reached', typed: 'propaganda.pupils_reached' },
  { id: 'propagandists_trained', typed: 'propagandists.trained' },
  { id: 'provincial_articles', typed: 'media.provincial_articles' },
  { id: 'district_broadcasts', typed: 'media.district_broadcasts' },
] as const
export type ActivityLogFigure = (typeof ACTIVITY_LOG_FIGURES)[number]['id']

export const ACTIVITY_LOG_FIELDS = ACTIVITY_LOG_FIGURES.map(
  (figure) => `${ACTIVITY_LOG_PREFIX}${figure.id}`,
)

/** The log's figure a typed report field stands for, or undefined. */
export const activityFigureOfTypedField = (field: string) =>
  ACTIVITY_LOG_FIGURES.find((figure) => figure.typed === field)

export const ACTIVITY_MAX_REACHED = 1_000_000
export const ACTIVITY_UNIT_KINDS = [
  'district',
  'commune',
  'residential_area',
  'agency',
  'enterprise',
  'school',
  'organisation',
] as const

export type ActivityEntry = {
  heldOn: string
  kind: string
  audience: string
  reached: number | null
  title: string
}

/**
 * Refuses an entry the log cannot count: an unknown kind or audience, a date in the future, a
 * training not for propagandists, a session without its number reached.
 * @example checkActivityEntry({ heldOn: '2024-03-02', kind: 'session', audience: 'households', reached: 120, title: 'Họp thôn' }, '2024-03-05') // no error
 */
export function checkActivityEntry(entry: ActivityEntry, today: string): void {
  const refuse = (path: string, message: string) =>
    new AppError('VALIDATION', message, [{ path, message }])
  const kind = ACTIVITY_KINDS.find((each) => each.id === entry.kind)
  if (!kind) throw refuse('kind', 'Loại hoạt động không hợp lệ')
  if (!ACTIVITY_AUDIENCES.some((each) => each.id === entry.audience))
    throw refuse('audience', 'Đối tượng không hợp lệ')
  if (entry.heldOn > today) throw refuse('heldOn', 'Ngày tổ chức không được sau hôm nay')
  if (kind.id === 'training' && entry.audience !== 'propagandists')
    throw refuse('audience', 'Tập huấn ghi cho đối tượng báo cáo viên, tuyên truyền viên')
  if (kind.counts === 'reached' && (entry.reached === null || entry.reached < 1))
    throw refuse('reached', 'Cần ghi số người hoặc số hộ được tuyên truyền (ít nhất 1)')
  if (entry.reached !== null && !(Number.isInteger(entry.reached) && entry.reached >= 0))
    throw refuse('reached', 'Số được tuyên truyền là số nguyên không âm')
  if (entry.reached !== null && entry.reached > ACTIVITY_MAX_REACHED)
    throw refuse('reached', 'Số được tuyên truyền quá lớn')
}

/**
 * The typed report field a log field stands for (the field itself otherwise): the report form
 * keeps asking for the typed figure, shown beside the log's, when a target reads the log.
 * @example typedFieldOf('activity_log.households_reached') // 'propaganda.households_reached'
 */
export function typedFieldOf(field: string): string {
  if (!field.startsWith(ACTIVITY_LOG_PREFIX)) return field
  const id = field.slice(ACTIVITY_LOG_PREFIX.length)
  return ACTIVITY_LOG_FIGURES.find((figure) => figure.id === id)?.typed ?? field
}
