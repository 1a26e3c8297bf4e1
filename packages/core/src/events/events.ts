// Rules of an event held under a plan (issue 12 item 3): the year's window from the plan's data,
// who holds one, whether a unit is late, and the checks on a record (programme, participants,
// models showcased, awards handed over). Pure: the server loads and stores.
import { DOSSIER_FILE_TYPES, detectDossierFileType } from '../awards/dossier-upload'
import { AppError, type ErrorDetail } from '../errors/app-error'
import type { PlanEvent } from '../plans/plan-events'
import { formatDateVi } from '../text/dates'

export const EVENT_PROGRAMME_PARTS = ['ceremony', 'festival'] as const
export type EventProgrammePart = (typeof EVENT_PROGRAMME_PARTS)[number]
export const EVENT_PROGRAMME_PART_LABELS: Record<EventProgrammePart, string> = {
  ceremony: 'Phần lễ',
  festival: 'Phần hội',
}

/** Bounds of a record: long enough for a real programme, short enough to refuse junk. */
export const EVENT_LIMITS = {
  titleLength: 300,
  placeLength: 300,
  itemLength: 500,
  programmeItems: 30,
  models: 30,
  awards: 50,
  participants: 200_000,
  photos: 10,
  photoBytes: 5 * 1024 * 1024,
} as const

export type EventWindow = { from: string; to: string }

/** The window of a plan's event in a year: its mm-dd bounds, or the whole calendar year. */
export function eventWindowOf(event: Pick<PlanEvent, 'windowStart' | 'windowEnd'>, year: number) {
  return {
    from: `${year}-${event.windowStart ?? '01-01'}`,
    to: `${year}-${event.windowEnd ?? '12-31'}`,
  } satisfies EventWindow
}

/** Whether units of this kind hold the plan's event (its levels are unit kinds). */
export function holdsEvent(event: Pick<PlanEvent, 'levels'>, unitKind: string): boolean {
  return (event.levels as readonly string[]).includes(unitKind)
}

export type EventStanding = 'held' | 'held_late' | 'pending' | 'late'

/** A unit's standing for the year: held (in the window or after it), still to hold, or late. */
export function eventStandingOf(window: EventWindow, heldOn: readonly string[], today: string) {
  const first = [...heldOn].sort()[0]
  if (first !== undefined) return (first <= window.to ? 'held' : 'held_late') as EventStanding
  return (today > window.to ? 'late' : 'pending') as EventStanding
}

export type EventRecordInput = {
  heldOn: string
  participants: number
  programme: readonly { part: string; title: string }[]
}

/** Checks a record against its year: held that year, not in the future, a programme given. */
export function checkEventRecord(
  input: EventRecordInput,
  context: { year: number; today: string; kind: PlanEvent['kind'] },
): ErrorDetail[] {
  const errors: ErrorDetail[] = []
  if (!input.heldOn.startsWith(`${context.year}-`))
    errors.push({ path: 'heldOn', message: `Ngày tổ chức phải trong năm ${context.year}` })
  if (input.heldOn > context.today)
    errors.push({
      path: 'heldOn',
      message: `Ngày tổ chức ${formatDateVi(input.heldOn)} chưa tới, chỉ ghi sự kiện đã diễn ra`,
    })
  if (input.programme.length === 0)
    errors.push({ path: 'programme', message: 'Cần ghi ít nhất một nội dung chương trình' })
  // A Ngày hội has its ceremony (phần lễ); the festival part is optional where none was held.
  if (context.kind === 'ngay_hoi' && !input.programme.some((item) => item.part === 'ceremony'))
    errors.push({ path: 'programme', message: 'Ngày hội cần có phần lễ trong chương trình' })
  return errors
}

/** A photo of the event: JPEG or PNG told by its content, named for what it is, bounded. */
export function checkEventPhoto(filename: string, bytes: Uint8Array): { mime: string } {
  const refuse = (message: string) =>
    new AppError('UPLOAD_INVALID', message, [{ path: 'file', message }])
  if (filename.length > 200) throw refuse('Tên tệp quá dài (tối đa 200 ký tự)')
  if (bytes.length === 0) throw refuse(`Tệp "${filename}" rỗng`)
  if (bytes.length > EVENT_LIMITS.photoBytes)
    throw refuse(`Ảnh "${filename}" vượt quá 5 MB cho phép`)
  const type = detectDossierFileType(bytes)
  if (type !== 'jpeg' && type !== 'png')
    throw refuse(`Tệp "${filename}" không phải ảnh JPEG hoặc PNG (nội dung không khớp)`)
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  if (!(DOSSIER_FILE_TYPES[type].extensions as readonly string[]).includes(extension))
    throw refuse(`Tên tệp "${filename}" không khớp nội dung (nội dung là ${type.toUpperCase()})`)
  return { mime: DOSSIER_FILE_TYPES[type].mime }
}
