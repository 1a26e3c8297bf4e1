// Where a recognition goes: the plan's route for the unit (chooseRecognitionRoute) resolved
// to real units — the evaluating level is the unit's managing level, the recognising unit its
// nearest ancestor at the route's recognising level (the province when no district remains).
import { AppError, chooseRecognitionRoute, pathIds, type Plan, type UnitKind } from '@antq/core'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { listAncestors } from './recognitions.repository'

type Level = 'commune' | 'district' | 'province'
const LEVELS: readonly string[] = ['commune', 'district', 'province']

export async function resolveRoute(
  db: Kysely<Database>,
  plan: Plan,
  unit: {
    id: number
    kind: string
    path: string
    managing_unit_id: number | null
    parent_id: number | null
  },
) {
  const ancestors = await listAncestors(db, pathIds(unit.path))
  const byId = new Map(ancestors.map((row) => [row.id, row]))
  const manager = byId.get(unit.managing_unit_id ?? unit.parent_id ?? unit.id)
  const managingLevel = (LEVELS.includes(manager?.kind ?? '') ? manager?.kind : 'commune') as Level
  const hasDistrict = ancestors.some((row) => row.kind === 'district')
  const route = chooseRecognitionRoute(
    plan.recognitionRoutes,
    { kind: unit.kind as UnitKind, managingLevel },
    hasDistrict,
  )
  // Nearest ancestor (the unit itself included) at the recognising level, else the root.
  const chain = pathIds(unit.path)
    .map((id) => byId.get(id))
    .filter((row) => row !== undefined)
  const recognizer =
    [...chain].reverse().find((row) => row.kind === route.recognizerLevel) ??
    chain.find((row) => row.kind === 'province') ??
    chain[0]
  if (!recognizer) throw new AppError('VALIDATION', 'Không xác định được cấp công nhận')
  return { route, recognizer }
}
