// Reading inspections: a plan's list, one inspection, one unit's checklist with its findings.
// A reader over the plan's issuer sees everything; an inspected unit sees its own part only.
import {
  AppError,
  buildInspectionChecklist,
  isInReadScope,
  type Actor,
  type UnitKind,
} from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Deps } from '../../deps'
import {
  loadInspection,
  loadPlan,
  managesPlan,
  pickVisibleUnit,
  readsWhole,
} from './inspections.context'
import { presentAction, presentSummary, presentUnit } from './inspections.presenter'
import * as repo from './inspections.repository'
import * as units from './inspections-units.repository'

type Db = Kysely<Database>

export async function listPlanInspections(deps: Deps, actor: Actor, planId: number) {
  const handle = await loadPlan(deps.db, planId)
  const rows = await repo.listInspectionsOfPlan(deps.db, handle.key)
  const whole = readsWhole(actor, handle.issuerPath)
  const visible = whole
    ? rows
    : await filterAsync(rows, async (row) =>
        (await units.listInspectedUnits(deps.db, row.id)).some((unit) =>
          isInReadScope(actor, unit.unit_path),
        ),
      )
  return {
    canManage: managesPlan(actor, handle.issuerPath),
    items: visible.map((row) => presentSummary(row)),
  }
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>) {
  const kept: T[] = []
  for (const item of items) if (await keep(item)) kept.push(item)
  return kept
}

export async function getInspectionIn(db: Db, actor: Actor, id: number) {
  const row = await loadInspection(db, actor, id, false)
  const whole = readsWhole(actor, row.issuer_unit_path)
  const all = await units.listInspectedUnits(db, id)
  const shown = whole ? all : all.filter((unit) => isInReadScope(actor, unit.unit_path))
  if (shown.length === 0 && !whole) throw new AppError('OUT_OF_SCOPE')
  const findings = await units.listFindings(
    db,
    shown.map((unit) => unit.id),
  )
  const actions = (await units.listActions(db, id)).filter(
    (action) =>
      whole ||
      isInReadScope(actor, action.owner_unit_path) ||
      (action.inspected_unit_path !== null && isInReadScope(actor, action.inspected_unit_path)),
  )
  return {
    ...presentSummary(row),
    canManage: managesPlan(actor, row.issuer_unit_path),
    members: (await repo.listMembers(db, id)).map((member) => ({
      name: member.name,
      position: member.position,
      unitName: member.unit_name,
      role: member.role,
    })),
    units: shown.map((unit) => presentUnit(unit, findings)),
    actions: actions.map(presentAction),
    history: whole
      ? (await repo.listHistory(db, id)).map((entry) => ({
          unitId: entry.unit_id,
          actor: entry.actor,
          action: entry.action,
          at: entry.at.toISOString(),
        }))
      : [],
  }
}

export function getInspection(deps: Deps, actor: Actor, id: number) {
  return getInspectionIn(deps.db, actor, id)
}

/** The unit's checklist from the plan, each item with its finding; then the free items. */
export async function getUnitChecklist(
  deps: Deps,
  actor: Actor,
  ids: { inspectionId: number; unitId: number },
) {
  const row = await loadInspection(deps.db, actor, ids.inspectionId, false)
  const list = await units.listInspectedUnits(deps.db, ids.inspectionId)
  const unit = pickVisibleUnit(actor, row.issuer_unit_path, list, ids.unitId)
  const { plan } = await loadPlan(deps.db, row.plan_id)
  const findings = await units.listFindings(deps.db, [unit.id])
  const byKey = new Map(findings.map((finding) => [finding.item_key, finding]))
  const planItems = buildInspectionChecklist(plan, unit.kind as UnitKind)
  const planKeys = new Set(planItems.map((item) => item.key))
  const free = findings.filter((finding) => !planKeys.has(finding.item_key))
  return {
    unit: { id: unit.unit_id, name: unit.name, kind: unit.kind },
    items: [
      ...planItems.map((item) => ({
        ...item,
        result: byKey.get(item.key)?.result ?? null,
        note: byKey.get(item.key)?.note ?? '',
      })),
      ...free.map((finding) => ({
        key: finding.item_key,
        origin: 'free' as const,
        source: null,
        label: finding.item_label,
        requirement: null,
        result: finding.result,
        note: finding.note,
      })),
    ],
  }
}
