// Nominations as the council, the decision and the documents show them: who, where, for what.
// Reads H5's nominations table; writes to it go through the nominations service only.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

export function selectNominationViews(db: Kysely<Database>) {
  return db
    .selectFrom('nominations as n')
    .innerJoin('units as pu', 'pu.id', 'n.proposing_unit_id')
    .leftJoin('units as nu', 'nu.id', 'n.nominee_unit_id')
    .leftJoin('units as np', 'np.id', 'nu.parent_id')
    .leftJoin('units as wu', 'wu.id', 'n.person_unit_id')
    .select([
      'n.id',
      'n.plan_key',
      'n.plan_id',
      'n.year',
      'n.award_form_id',
      'n.subject_kind',
      'n.subject_id',
      'n.status',
      'n.row_version',
      'n.achievement_summary',
      'n.person_name',
      'n.person_position',
      'n.proposing_unit_id',
      'n.proposing_unit_path',
      'pu.name as proposing_unit_name',
      'nu.name as nominee_unit_name',
      'nu.sort_key as nominee_sort_key',
      'np.name as nominee_parent_name',
      'wu.name as person_unit_name',
    ])
}

export function listNominationViews(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([])
  return selectNominationViews(db).where('n.id', 'in', ids).orderBy('n.id').execute()
}
export type NominationView = Awaited<ReturnType<typeof listNominationViews>>[number]

/**
 * "Trường THCS Kim Đồng" with its superior unit ("Xã Minh Xuân"), or "Nguyễn Văn A" with the
 * position and unit, for the lists, the council and the certificates.
 */
export function describeNominee(row: NominationView) {
  if (row.subject_kind === 'collective')
    return {
      name: row.nominee_unit_name ?? '',
      unitOrPosition: row.nominee_parent_name ?? row.proposing_unit_name,
    }
  const parts = [row.person_position, row.person_unit_name].filter(
    (part) => part && part.length > 0,
  )
  return { name: row.person_name ?? '', unitOrPosition: parts.join(', ') }
}
