// The plan printed as a Kế hoạch in NĐ 30/2020 layout, from its definition.
import { renderPlanDocx, toPlanDocumentView } from '@antq/documents'
import type { Actor } from '@antq/core'
import type { Deps } from '../../deps'
import { getPlan } from './plans.service'

export async function exportPlanDocx(deps: Deps, actor: Actor, id: number) {
  const plan = await getPlan(deps, actor, id)
  // The definition holds what the system enforces; the paper's superior body and recipients
  // are not in it, so the print leaves them for the issuer's clerk to complete.
  const bytes = await renderPlanDocx(
    toPlanDocumentView(plan.definition, {
      superiorBody: null,
      recipients: ['Như trên;', 'Lưu: VT.'],
    }),
  )
  return { fileName: `${plan.key}-v${plan.version}.docx`, bytes }
}
