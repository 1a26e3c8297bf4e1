// Dossier completeness: the items the plan requires for an award form (tờ trình, danh sách,
// biên bản, báo cáo thành tích, bản sao danh hiệu), how many sets to send, and for each item
// whether the system generates it from the record or someone must upload it. Batch items (the
// proposing unit's letter, list and minutes cover all its nominees) may be uploaded once for
// the batch. The dossier deadline (closes: dossier) is the plan's, extensions audited.
import {
  checkPlanDeadline,
  type DeadlineCheck,
  type DeadlineExtension,
} from '../campaign/campaign-deadlines'
import type { AwardForm, DossierItem } from '../plans/plan-awards'
import type { Plan } from '../plans/plan-schema'

/** Items the system writes from the record (H6's renderers): letter and list. */
export const GENERATED_DOSSIER_KINDS: readonly DossierItem['kind'][] = ['submission_letter', 'list']

export type DossierFileRef = {
  id: number
  itemId: string
  filename: string
  size: number
  /** null for a batch file shared by the unit's nominations of the form. */
  nominationId: number | null
}

export type DossierItemState = {
  id: string
  name: string
  kind: DossierItem['kind']
  optional: boolean
  certifiedBy: string | null
  source: 'generated' | 'uploaded' | 'missing'
  files: DossierFileRef[]
}

export type DossierCompleteness = {
  complete: boolean
  sets: number
  originals: boolean
  items: DossierItemState[]
  missing: string[]
  message: string
}

/**
 * @example checkDossier(plan000, form, files).message // 'Còn thiếu: Báo cáo thành tích…' or 'Hồ sơ đủ, nộp 3 bộ'
 */
export function checkDossier(
  plan: Pick<Plan, 'dossierItems'>,
  form: Pick<AwardForm, 'dossier'>,
  files: readonly DossierFileRef[],
  generatedKinds: readonly DossierItem['kind'][] = GENERATED_DOSSIER_KINDS,
): DossierCompleteness {
  const dossier = form.dossier
  if (!dossier)
    return {
      complete: true,
      sets: 0,
      originals: false,
      items: [],
      missing: [],
      message: 'Kế hoạch không quy định thành phần hồ sơ cho hình thức này',
    }
  const items = dossier.items.map((itemId): DossierItemState => {
    const item = plan.dossierItems.find((candidate) => candidate.id === itemId)
    const own = files.filter((file) => file.itemId === itemId)
    const kind = item?.kind ?? 'other'
    const source =
      own.length > 0 ? 'uploaded' : generatedKinds.includes(kind) ? 'generated' : 'missing'
    return {
      id: itemId,
      name: item?.name ?? itemId,
      kind,
      optional: item?.optional ?? false,
      certifiedBy: item?.certifiedBy ?? null,
      source,
      files: own,
    }
  })
  const missing = items
    .filter((item) => item.source === 'missing' && !item.optional)
    .map((item) => item.name)
  const sets = `nộp ${dossier.sets} bộ${dossier.originals ? ' (bản chính)' : ''}`
  return {
    complete: missing.length === 0,
    sets: dossier.sets,
    originals: dossier.originals,
    items,
    missing,
    message: missing.length === 0 ? `Hồ sơ đủ, ${sets}` : `Hồ sơ còn thiếu: ${missing.join('; ')}`,
  }
}

/**
 * Whether the unit may still send its dossier on `date` (the plan's "dossier" deadline).
 * @example checkDossierDeadline(plan000, 2024, '2024-11-06').open // false: 'Đã hết hạn nộp hồ sơ đề nghị khen thưởng ngày 05/11/2024'
 */
export function checkDossierDeadline(
  plan: Pick<Plan, 'deadlines'>,
  year: number,
  date: string,
  unitId: number | null = null,
  extensions: readonly DeadlineExtension[] = [],
): DeadlineCheck {
  return checkPlanDeadline(plan, 'dossier', { year, date, unitId, extensions })
}
