// A unit by id, kept in the read cache until the next write. The route's scope check and the
// dashboard's scope share the entry, so a request after a write reads the unit once.
import type { Deps } from '../../deps'
import { findUnitById } from './units.repository'

export function findUnitCached(deps: Deps, id: number) {
  return deps.cache.memo(`unit:${id}`, () => findUnitById(deps.db, id))
}
