// One accepted yearly report per registered unit, one INSERT … SELECT per unit kind, with the
// figures the demo campaign draws (figuresFor): wholes from the register (else 2–8), other
// numbers 0–12, booleans 90% true, enums any value, and each checked part 85–100% of its whole.
import { sql, type RawBuilder } from 'kysely'
import { buildReportForm, UNIT_KINDS, type Plan } from '@antq/core'

/** A deterministic draw in [0, 2^28) per unit (alias u) and salt. */
export const draw = (salt: string) =>
  sql<number>`(('x' || substr(md5(u.code || ${salt}::text), 1, 7))::bit(28)::int)`

/** The registrations a seed statement reads: its FROM … JOIN, and its WHERE condition. */
export type FromRegistrations = { head: RawBuilder<unknown>; filter: RawBuilder<unknown> }

const REGISTER: Readonly<Record<string, string>> = {
  'unit.households': 'u.households',
  'unit.staff': 'u.staff',
  'unit.pupils': 'u.pupils',
}

function reportInsert(
  plan: Plan,
  kind: string,
  target: PlanRow,
  year: number,
  from: FromRegistrations,
) {
  const form = buildReportForm(plan, kind as (typeof UNIT_KINDS)[number])
  if (form.fields.length === 0) return null
  const wholes = new Set(form.checks.flatMap((check) => check.whole))
  const parts = new Set(form.checks.flatMap((check) => check.part))
  const column = new Map(form.fields.map((field, i) => [field.id, sql.raw(`f${i}`)]))
  const drawn = form.fields.flatMap((field) => {
    if (parts.has(field.id)) return []
    const h = draw(field.id)
    const as = column.get(field.id) ?? sql.raw('f')
    if (field.type === 'boolean') return [sql`(${h} % 10 < 9) as ${as}`]
    if (field.type === 'enum' && field.values.length > 0) {
      const values = field.values.map((each) => each.value)
      return [sql`(${values}::text[])[1 + ${h} % ${values.length}::int] as ${as}`]
    }
    if (field.type !== 'number') return [sql`null as ${as}`]
    if (!wholes.has(field.id)) return [sql`(${h} % 13) as ${as}`]
    const register = REGISTER[field.id]
    const fallback = sql`(2 + ${h} % 7)`
    return [
      register
        ? sql`coalesce(${sql.raw(register)}, ${fallback}) as ${as}`
        : sql`${fallback} as ${as}`,
    ]
  })
  const partOf = new Map<string, RawBuilder<unknown>>()
  form.checks.forEach((check, i) => {
    const whole = sql.join(
      check.whole.map((id) => sql`coalesce(${column.get(id) ?? sql.raw('0')}::float8, 0)`),
      sql` + `,
    )
    const share = sql`(85 + ${draw(`share${i}`)} % 16) / 100.0`
    for (const id of check.part)
      partOf.set(
        id,
        sql`floor((${whole}) * ${share} / ${Math.max(1, check.part.length)}::int)::int`,
      )
  })
  const pairs = form.fields.map((field) => {
    const value = partOf.get(field.id) ?? column.get(field.id) ?? sql.raw('null')
    return sql`${field.id}::text, ${value}`
  })
  const { head, filter } = from
  return sql`insert into reports (plan_key, plan_id, period_id, unit_id, unit_path, status,
      figures, updated_by)
    select ${target.plan_key}::text, ${target.id}::int, ${String(year)}::text, u.id, u.path,
      'accepted', jsonb_build_object(${sql.join(pairs)}), 'he-thong'
    from (select u.*, ${sql.join(drawn.length > 0 ? drawn : [sql`0 as f`])}
      ${head} where ${filter} and u.kind = ${kind}::text) u`
}

type PlanRow = { id: number; plan_key: string }

export function reportInserts(plan: Plan, row: PlanRow, year: number, from: FromRegistrations) {
  return UNIT_KINDS.flatMap((kind) => {
    const statement = reportInsert(plan, kind, row, year, from)
    return statement ? [statement] : []
  })
}
