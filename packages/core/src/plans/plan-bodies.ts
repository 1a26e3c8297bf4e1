// The bodies a plan gives work to (departments, offices, the Fatherland Front and its member
// organisations, police units, media, schools) and its tasks, each owned by a body or by every
// unit of a level ("UBND các xã, thị trấn"), with when it falls due and what it must produce.
import { z } from 'zod'
import { foldAccents } from '../text/vietnamese'
import { AnnualDate, clause, ElementId, IdList, IsoDate } from './plan-primitives'

/** Unit kinds a body can be: it becomes (or is matched to) a unit under the plan's issuer. */
export const BODY_KINDS = ['agency', 'organisation', 'school', 'enterprise'] as const

export const Body = z.strictObject({
  id: ElementId,
  /** The body's name as the plan writes it, e.g. "Phòng Tài chính - Kế hoạch". */
  name: z.string().min(1).max(200),
  kind: z.enum(BODY_KINDS),
  /** A subtype of the kind (unit-kinds.ts), e.g. `state_body`, `armed_forces`, `political_social`. */
  subtype: z.string().min(1).max(40).nullable().default(null),
  /** The unit's code in the register when it is known; otherwise matched by name under the issuer. */
  unitCode: z.string().min(1).max(60).nullable().default(null),
})
export type Body = z.infer<typeof Body>

/** Levels whose every unit in the plan's territory owns its own share of a task. */
export const TASK_OWNER_LEVELS = ['district', 'commune'] as const
/** When a task falls due: once, on a cycle, or "thường xuyên" (continuous, judged each year). */
export const TASK_SCHEDULES = [
  'once',
  'monthly',
  'quarterly',
  'six_monthly',
  'yearly',
  'continuous',
] as const
/** What the owner must hand in to show it is done. */
export const TASK_OUTPUTS = ['document', 'figures', 'event', 'action'] as const

export const Task = z.strictObject({
  ...clause,
  id: ElementId,
  /** The work in a short sentence; `text` keeps the clause verbatim. */
  task: z.string().min(1),
  /** The body that chủ trì (a `bodies` id); null when the owners are every unit of a level. */
  owner: ElementId.nullable().default(null),
  ownerLevels: z.array(z.enum(TASK_OWNER_LEVELS)).default([]),
  /**
   * Owners the plan names only as a group that is no one unit ("các cơ quan, ban, ngành, đoàn
   * thể huyện; các doanh nghiệp"), as it writes them: shown, never resolved to units.
   */
  ownerGroup: z.string().min(1).max(300).nullable().default(null),
  /** Bodies that phối hợp (`bodies` ids). */
  coOwners: IdList.default([]),
  schedule: z.enum(TASK_SCHEDULES).default('once'),
  /** The deadline of a one-off task. */
  due: IsoDate.nullable().default(null),
  /** The deadline each year of a yearly task (mm-dd), e.g. "10-25". */
  annualDue: AnnualDate.nullable().default(null),
  /** A window rather than a deadline ("trong tháng 7 năm 2024"). */
  from: IsoDate.nullable().default(null),
  output: z.enum(TASK_OUTPUTS).default('action'),
  /** The parent plan's task this one makes concrete (cascade), when the parent is in ANTQ. */
  parentTask: ElementId.nullable().default(null),
})
export type Task = z.infer<typeof Task>

export const TASK_OWNER_LEVEL_LABELS: Record<(typeof TASK_OWNER_LEVELS)[number], string> = {
  district: 'Các huyện, thị xã, thành phố',
  commune: 'Các xã, phường, thị trấn',
}

/** Who chủ trì and who phối hợp, as names a reader sees (bodies by name, levels by label). */
export function describeTaskOwners(
  plan: { bodies: readonly Body[] },
  task: Pick<Task, 'owner' | 'ownerLevels' | 'coOwners'> & { ownerGroup?: string | null },
): { owners: string[]; coOwners: string[] } {
  const nameOf = (id: string) => plan.bodies.find((body) => body.id === id)?.name ?? id
  return {
    owners: [
      ...(task.owner === null ? [] : [nameOf(task.owner)]),
      ...task.ownerLevels.map((level) => TASK_OWNER_LEVEL_LABELS[level]),
      ...(task.ownerGroup ? [task.ownerGroup] : []),
    ],
    coOwners: task.coOwners.map(nameOf),
  }
}

/** " huyện Lục Ngạn", " tỉnh Tây Ninh": what follows a body's name in a unit's full name. */
const PLACE_SUFFIX = /^ (huyen|quan|thi xa|thanh pho|tinh|xa|phuong|thi tran|dac khu) /
/** A plan writes "Công an huyện", "Hội Nông dân tỉnh": the level word the place replaces. */
const LEVEL_WORD = /\s+(huyện|quận|thị xã|thành phố|tỉnh|xã|phường|thị trấn)$/iu

/** "Ban Tuyên giáo Huyện uỷ": a Party committee's body, followed by the bare place name. */
const PARTY_COMMITTEE = /(huyen|tinh|thanh|quan|thi) uy$/
const PLACE_LEVEL = /^(huyện|quận|thị xã|thành phố|tỉnh)\s+/iu

/** The body's name without its trailing level word: "Công an huyện" → "Công an". */
export function bodyBaseName(name: string): string {
  return name.trim().replace(LEVEL_WORD, '')
}

/**
 * The full name of the unit a body is, under an issuer named like "Huyện Lục Ngạn":
 * "Phòng Tài chính - Kế hoạch huyện Lục Ngạn", "Công an huyện Lục Ngạn", for a Party
 * committee's body "Ban Tuyên giáo Huyện uỷ Lục Ngạn", and "Báo Quảng Trị" as it is.
 */
export function bodyUnitName(body: Pick<Body, 'name'>, issuerName: string): string {
  const place = issuerName.trim()
  const bare = place.replace(PLACE_LEVEL, '')
  // "Báo Quảng Trị", "Đài Phát thanh - Truyền hình Đồng Tháp" already name their place.
  if (foldAccents(body.name).includes(foldAccents(bare))) return body.name.trim()
  if (PARTY_COMMITTEE.test(foldAccents(body.name))) return `${body.name.trim()} ${bare}`
  return `${bodyBaseName(body.name)} ${place.charAt(0).toLocaleLowerCase('vi')}${place.slice(1)}`
}

/** "Phòng Tài chính - Kế hoạch" → "PTCKH": a body unit's code after the issuer's code. */
export function bodyCodeTail(name: string): string {
  return foldAccents(bodyBaseName(name))
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
}

export type BodyUnitCandidate = { id: number; code: string; name: string; kind: string }
export type BodyUnitMatch =
  | { unitId: number }
  /** `absent`: no such unit yet (it may be created); `ambiguous`/`unknown_code`: the code. */
  | { unitId: null; reason: string; cause: 'absent' | 'ambiguous' | 'unknown_code' }

/**
 * The unit a plan's body is: by its register code when the plan gives one, else the one unit of
 * its kind under the issuer whose name is the body's name, alone or followed by the place
 * ("Phòng Nội vụ" and "Phòng Nội vụ huyện" are "Phòng Nội vụ huyện Lục Ngạn"), compared
 * without accents or case.
 */
export function matchBodyUnit(
  body: Pick<Body, 'name' | 'kind' | 'unitCode'>,
  candidates: readonly BodyUnitCandidate[],
): BodyUnitMatch {
  if (body.unitCode !== null) {
    const byCode = candidates.find((unit) => unit.code === body.unitCode)
    return byCode
      ? { unitId: byCode.id }
      : {
          unitId: null,
          reason: `Không có đơn vị mã "${body.unitCode}" trực thuộc cơ quan ban hành`,
          cause: 'unknown_code',
        }
  }
  const name = foldAccents(bodyBaseName(body.name))
  // " huyen" when the plan wrote "Công an huyện": only a district's police, not a commune's.
  const level = foldAccents(body.name).slice(name.length)
  const found = candidates.filter((unit) => {
    const candidate = foldAccents(unit.name)
    const rest = candidate.startsWith(name) ? candidate.slice(name.length) : null
    if (unit.kind !== body.kind || rest === null) return false
    if (rest === '' || rest === level) return true
    if (PARTY_COMMITTEE.test(name)) return rest.startsWith(' ')
    return level ? rest.startsWith(`${level} `) : PLACE_SUFFIX.test(rest)
  })
  const [only] = found
  if (only && found.length === 1) return { unitId: only.id }
  if (found.length === 0)
    return {
      unitId: null,
      reason: `Chưa có đơn vị "${body.name}" trực thuộc cơ quan ban hành`,
      cause: 'absent',
    }
  return {
    unitId: null,
    reason: `Có ${found.length} đơn vị trùng tên "${body.name}": cần ghi mã`,
    cause: 'ambiguous',
  }
}
