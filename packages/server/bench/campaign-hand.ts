// The hand-written SQL the engine is measured against: target "cong-nhan-antt" of plan 000
// (share of residential areas, communes, agencies, enterprises and schools recognised "An toàn
// về ANTT", TT 124 and plan exclusions left out) for every scope in one grouped query.
import type { TargetValue } from '@antq/core'
import { sql } from 'kysely'
import type { Deps } from '../src/deps'

export const HAND_TARGET = 'cong-nhan-antt'

export async function queryHandWritten(
  deps: Deps,
  input: { rootPath: string; scopeIds: readonly number[]; year: number },
) {
  const result = await sql<{ scope_id: number; numerator: number; denominator: number }>`
    select s.scope_id,
      count(*) filter (where ea.result = 'dat' and ea.decision_number is not null) as numerator,
      count(*) as denominator
    from units u
    cross join lateral unnest(string_to_array(rtrim(u.path, '.'), '.')::int[]) as s(scope_id)
    left join evaluations ea
      on ea.unit_id = u.id and ea.kind = 'antt' and ea.evaluation_year = ${input.year}::int
    where u.path like ${input.rootPath}::text || '%'
      and u.kind in ('residential_area', 'commune', 'agency', 'enterprise', 'school')
      and not (u.kind = 'school' and coalesce(u.school_level in ('primary', 'kindergarten', 'creche'), false))
      and not (u.kind = 'agency' and u.subtype is not distinct from 'armed_forces')
      and not (u.kind = 'enterprise' and coalesce(u.enterprise_size in ('small', 'micro'), false))
      and s.scope_id = any(${[...input.scopeIds]}::int[])
    group by s.scope_id`.execute(deps.db)
  return new Map<number, TargetValue>(
    result.rows.map((row) => [
      Number(row.scope_id),
      { numerator: Number(row.numerator), denominator: Number(row.denominator) },
    ]),
  )
}

/** Scopes whose numbers differ (a scope absent on one side counts as 0 / 0). */
export function diffValues(a: Map<number, TargetValue>, b: Map<number, TargetValue>) {
  const differ: string[] = []
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(id) ?? { numerator: 0, denominator: 0 }
    const y = b.get(id) ?? { numerator: 0, denominator: 0 }
    if (x.numerator !== y.numerator || x.denominator !== y.denominator)
      differ.push(`${id}: ${x.numerator}/${x.denominator} vs ${y.numerator}/${y.denominator}`)
  }
  return differ
}
