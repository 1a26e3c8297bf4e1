// The plan printed as a Kế hoạch in NĐ 30/2020 layout, from its definition.
import { renderPlanDocx, toPlanDocumentView } from '@antq/documents'
import type { Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { getPlan } from './plans.service'

export async function exportPlanDocx(deps: Deps, actor: Actor, id: number) {
  const plan = await getPlan(deps, actor, id)
  const bytes = await renderPlanDocx(toPlanDocumentView(plan.definition))
  return { fileName: `${plan.key}-v${plan.version}.docx`, bytes }
}
