// Random campaign data for the property test, written straight into the tables (the API would
// take minutes for this many rows): registrations, submitted or draft reports with every field
// of the unit's form filled, and evaluations of every kind with or without a decision.
import { buildReportForm, findAnttExclusion, type Plan, type UnitKind } from '@antq/core'
import type { Random } from '../src/demo/random'
import type { Deps } from '../src/deps'

export type WorldUnit = { id: number; path: string; kind: string }

const CLASSES = ['xuat_sac', 'kha', 'trung_binh', 'yeu']
const COMPLEXITY = ['trong_diem_an_ninh', 'trong_diem_trat_tu', 'it_phuc_tap']
const ANTT_KINDS = ['residential_area', 'commune', 'agency', 'enterprise', 'school']

function figuresFor(plan: Plan, kind: string, random: Random) {
  const form = buildReportForm(plan, kind as UnitKind)
  const figures: Record<string, unknown> = {}
  for (const field of form.fields)
    figures[field.id] =
      field.type === 'boolean'
        ? random.next() < 0.6
        : field.type === 'number'
          ? random.next() < 0.1
            ? null // a figure missing (an imported sheet): every level must skip it alike
            : random.int(0, 40)
          : random.pick(
              field.values.map((each) => each.value).concat(field.values.length > 0 ? [] : ['x']),
            )
  return form.fields.length > 0 ? figures : null
}

function evaluation(
  unit: WorldUnit,
  kind: string,
  year: number,
  result: string | null,
  decided: boolean,
) {
  return {
    ...{ unit_id: unit.id, unit_path: unit.path, kind, evaluation_year: year, result },
    ...{ criteria_set_key: null, criteria_set_version: null, answers: '{}', evidence: '[]' },
    decision_number: decided ? `${unit.id}/QĐ` : null,
    decision_date: decided ? `${year}-11-20` : null,
    updated_at: new Date(),
  }
}

export async function insertCampaignData(
  deps: Deps,
  random: Random,
  input: { root: string; planIds: readonly number[]; year: number },
): Promise<WorldUnit[]> {
  const root = await deps.db
    .selectFrom('units')
    .select('path')
    .where('version', '=', 'legacy')
    .where('code', '=', input.root)
    .executeTakeFirstOrThrow()
  const rows = await deps.db
    .selectFrom('units')
    .select(['id', 'path', 'kind', 'subtype', 'school_level', 'enterprise_size'])
    .where('path', 'like', `${root.path}%`)
    .execute()
  const plans = await deps.db
    .selectFrom('plans')
    .select(['id', 'plan_key', 'definition'])
    .where('id', 'in', [...input.planIds])
    .execute()
  const { year } = input
  for (const unit of rows) {
    for (const plan of plans) {
      if (random.next() < 0.7)
        await deps.db
          .insertInto('registrations')
          .values({
            ...{ plan_key: plan.plan_key, plan_id: plan.id, year, unit_id: unit.id },
            ...{ unit_path: unit.path, take_part: true, strives_for_antt: random.next() < 0.8 },
            ...{ builds_exemplary: random.next() < 0.3, registered_by: 'test' },
            registered_at: new Date(),
          })
          .execute()
      const figures =
        random.next() < 0.8 ? figuresFor(plan.definition as Plan, unit.kind, random) : null
      if (figures)
        await deps.db
          .insertInto('reports')
          .values({
            ...{ plan_key: plan.plan_key, plan_id: plan.id, period_id: String(year) },
            ...{ unit_id: unit.id, unit_path: unit.path, figures: JSON.stringify(figures) },
            status: random.pick(['submitted', 'accepted', 'draft']),
            ...{ updated_by: 'test', updated_at: new Date() },
          })
          .execute()
    }
    const evaluations = []
    const excluded = findAnttExclusion({
      kind: unit.kind as UnitKind,
      subtype: unit.subtype,
      schoolLevel: unit.school_level,
      enterpriseSize: unit.enterprise_size,
    })
    if (ANTT_KINDS.includes(unit.kind) && !excluded && random.next() < 0.8) {
      const passed = random.next() < 0.7
      evaluations.push(
        evaluation(unit, 'antt', year, passed ? 'dat' : 'chua_dat', passed && random.next() < 0.8),
      )
    }
    if (unit.kind !== 'province' && unit.kind !== 'district' && random.next() < 0.8)
      evaluations.push(evaluation(unit, 'movement', year, random.pick(CLASSES), false))
    if (random.next() < 0.3)
      evaluations.push(evaluation(unit, 'exemplary', year, 'dat', random.next() < 0.5))
    if (unit.kind === 'commune' && random.next() < 0.7)
      evaluations.push(evaluation(unit, 'complexity', year, random.pick(COMPLEXITY), false))
    if (evaluations.length > 0)
      await deps.db.insertInto('evaluations').values(evaluations).execute()
  }
  return rows.map((row) => ({ id: row.id, path: row.path, kind: row.kind }))
}
